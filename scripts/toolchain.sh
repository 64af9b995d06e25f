# Sourced, not run: puts Node >= 24 and the pinned pnpm first on PATH. When the machine's are older or missing,
# they are installed from the npm registry into .tools/ (the `node` package ships the real binary).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.tools"
pnpm_version="$(sed -n 's/.*"packageManager": "pnpm@\([^"]*\)".*/\1/p' "$root/package.json")"

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

export PATH="$tools/node_modules/.bin:$PATH"
missing=()
[ "$(node_major)" -ge 24 ] || missing+=("node@24")
[ "$(pnpm --version 2>/dev/null)" = "$pnpm_version" ] || missing+=("pnpm@$pnpm_version")
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing ${missing[*]} into .tools/ …"
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error "${missing[@]}" >/dev/null
  hash -r
fi
echo "Node $(node --version), pnpm $(pnpm --version)"
