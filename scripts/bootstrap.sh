#!/usr/bin/env bash
# Install everything kjit needs on a fresh Debian machine. Idempotent: quiet
# when all is there. Needs root (or sudo) for apt and npm -g.
set -euo pipefail

DENO_VERSION="2.9.6"
APT_PACKAGES=(qemu-system-x86 qemu-utils clang lld llvm libclang-rt-14-dev grub-pc-bin grub-common wabt dosfstools mtools fdisk gcc gcc-multilib binutils)

say() { printf 'bootstrap: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else SUDO="__none__"; fi
fi
run_root() {
  [ "$SUDO" = "__none__" ] && die "need root to run: $* (re-run as root or install sudo)"
  $SUDO "$@"
}

missing=()
# npm installs deno; a bare Debian container has neither node nor npm.
command -v npm >/dev/null 2>&1 || APT_PACKAGES+=(nodejs npm)
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found; install by hand: ${missing[*]}"
  say "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  run_root apt-get update -qq >/dev/null || die "apt-get update failed"
  run_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || die "apt-get install failed for: ${missing[*]}"
fi

if ! command -v deno >/dev/null 2>&1 || [ "$(deno --version | head -1 | cut -d' ' -f2)" != "$DENO_VERSION" ]; then
  command -v npm >/dev/null 2>&1 || die "npm not found; it is needed to install deno@$DENO_VERSION"
  say "installing deno@$DENO_VERSION from npm"
  run_root npm install -g --silent "deno@$DENO_VERSION" >/dev/null || die "npm install -g deno@$DENO_VERSION failed"
fi
command -v deno >/dev/null 2>&1 || die "deno is not on PATH after installing"
