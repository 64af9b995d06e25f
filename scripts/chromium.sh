# Sourced, not run: the end-to-end tests drive Debian's chromium (or the one CHROMIUM_PATH names). When it is
# missing, it is installed from Debian's packages if this user may (root, or sudo without a password); otherwise
# the run stops here, before any test, saying what to install.
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable: point it at chromium, or unset it to use Debian's." >&2
    exit 1
  fi
  if [ "$(id -u)" = 0 ]; then as_root=(); elif sudo -n true 2>/dev/null; then as_root=(sudo); else as_root=(none); fi
  if [ "${as_root[*]}" = none ] || ! command -v apt-get >/dev/null; then
    echo "The end-to-end tests need chromium at /usr/bin/chromium: install it (Debian: apt-get install chromium)," >&2
    echo "or set CHROMIUM_PATH to a chromium or chrome binary. Nothing was run." >&2
    exit 1
  fi
  echo "Installing Debian's chromium for the end-to-end tests …"
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq chromium >/dev/null
fi
# Debian's launcher script prints a shell warning ("unexpected operator") before the version on some machines.
"$chromium" --version 2>/dev/null | grep -v "unexpected operator" || true
