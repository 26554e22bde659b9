#!/bin/sh
# Everything the tests need, then every test. Safe to run again: installs only what is missing.
set -eu
cd "$(dirname "$0")/.."

# Snapshots and the screenshot command render on the CPU through Mesa's Vulkan driver
# (lavapipe); no display is needed.
need=""
[ -e /usr/share/vulkan/icd.d/lvp_icd.x86_64.json ] || ls /usr/share/vulkan/icd.d/lvp_icd*.json >/dev/null 2>&1 || need="$need mesa-vulkan-drivers"
# The package check (scripts/test-package.sh): cargo-deb's dependency finder, the desktop
# entry's and AppStream's validators, and man to render the manual page.
command -v dpkg-shlibdeps >/dev/null 2>&1 || need="$need dpkg-dev"
command -v desktop-file-validate >/dev/null 2>&1 || need="$need desktop-file-utils"
command -v appstreamcli >/dev/null 2>&1 || need="$need appstream"
command -v man >/dev/null 2>&1 || need="$need man-db"
# The website's pages are checked as HTML5 by HTML Tidy.
command -v tidy >/dev/null 2>&1 || need="$need tidy"
# …and drawn by a browser, headless Chromium, as readers see them.
command -v chromium >/dev/null 2>&1 || need="$need chromium"
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need="$need fonts-dejavu-core"
# The real window is painted on a virtual display, moved over with xdotool and captured with
# ImageMagick (tests/it/window_painting.rs).
command -v Xvfb >/dev/null 2>&1 || need="$need xvfb"
command -v xdotool >/dev/null 2>&1 || need="$need xdotool"
command -v import >/dev/null 2>&1 || need="$need imagemagick"
if [ -n "$need" ]; then
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    echo "Installing:$need"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $need
fi

# Reuse a build directory beside the clone when there is one (builds take many minutes).
if [ -z "${CARGO_TARGET_DIR:-}" ] && [ -d ../target ]; then
    CARGO_TARGET_DIR="$(cd ../target && pwd)"
    export CARGO_TARGET_DIR
fi

cargo fmt --check
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo test --workspace --locked
# The Debian package, built in release mode and checked file by file.
./scripts/test-package.sh
