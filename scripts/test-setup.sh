# Sourced, not run, by `./atelier test` and CI alike: with Node and pnpm on PATH (scripts/toolchain.sh), installs the
# dependencies, then chromium, PostgreSQL and Redis as the tests need them.
pnpm install --frozen-lockfile --reporter=silent
source "$(dirname "${BASH_SOURCE[0]}")/chromium.sh"
source "$(dirname "${BASH_SOURCE[0]}")/services.sh"
