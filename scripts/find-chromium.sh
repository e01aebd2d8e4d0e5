#!/usr/bin/env bash
# Prints the path of a Chromium the end-to-end tests can drive, and nothing else on stdout.
# Order: $CHROMIUM_PATH, a system Chromium/Chrome, Playwright's own cache, then (as root with
# apt-get) Debian's chromium package. Playwright's own browser download is never used: it cannot
# reach its download host from our machines.
set -euo pipefail

say() { printf 'find-chromium: %s\n' "$*" >&2; }

works() {
  # A real browser answers --version; a dangling symlink or a broken wrapper does not.
  [ -n "${1:-}" ] && [ -x "$1" ] && "$1" --version >/dev/null 2>&1
}

if [ -n "${CHROMIUM_PATH:-}" ]; then
  if works "$CHROMIUM_PATH"; then
    printf '%s\n' "$CHROMIUM_PATH"
    exit 0
  fi
  say "CHROMIUM_PATH is set to '$CHROMIUM_PATH', but that is not a runnable browser."
  exit 1
fi

for name in chromium chromium-browser google-chrome-stable google-chrome chrome; do
  candidate=$(command -v "$name" 2>/dev/null || true)
  if works "$candidate"; then
    printf '%s\n' "$candidate"
    exit 0
  fi
done

cache_dir=${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}
if [ -d "$cache_dir" ]; then
  while IFS= read -r candidate; do
    if works "$candidate"; then
      printf '%s\n' "$candidate"
      exit 0
    fi
  done < <(find "$cache_dir" -maxdepth 3 -type f \
    \( -name chrome -o -name headless_shell -o -name chrome-headless-shell \) 2>/dev/null | sort -r)
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  say "no Chromium found; installing Debian's chromium package (about 120 MB)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends chromium >&2
  candidate=$(command -v chromium 2>/dev/null || true)
  if works "$candidate"; then
    printf '%s\n' "$candidate"
    exit 0
  fi
  say "apt-get installed chromium, but it does not run."
  exit 1
fi

say "no Chromium or Chrome found."
say "Install one (Debian/Ubuntu: 'sudo apt-get install chromium'; macOS: install Google Chrome),"
say "or point CHROMIUM_PATH at a Chromium-based browser, then run the tests again."
exit 1
