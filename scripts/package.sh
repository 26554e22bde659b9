#!/bin/sh
# Builds the Debian package: the release binary, its manual pages and shell completions, the
# desktop entry, the icons and the AppStream metadata. Prints the path of the .deb, alone on
# standard output (all else goes to standard error).
# Installs cargo-deb (a pinned version) and dpkg-dev when missing.
set -eu
cd "$(dirname "$0")/.."

CARGO_DEB_VERSION=3.8.0

sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
# cargo-deb finds the libraries the binary needs with dpkg-shlibdeps.
if ! command -v dpkg-shlibdeps >/dev/null 2>&1; then
    echo "Installing: dpkg-dev" >&2
    $sudo apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends dpkg-dev >&2
fi
if ! cargo deb --version 2>/dev/null | grep -q "$CARGO_DEB_VERSION"; then
    echo "Installing: cargo-deb $CARGO_DEB_VERSION" >&2
    cargo install cargo-deb --version "$CARGO_DEB_VERSION" --locked >&2
fi

# Wherever cargo builds (CARGO_TARGET_DIR, a config's target-dir, or ./target).
target=$(cargo metadata --format-version 1 --no-deps --locked |
    sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
[ -n "$target" ] || { echo "cargo metadata named no build directory" >&2; exit 1; }

cargo build --release --locked >&2
generated="$target/release/generated"
rm -rf "$generated"
"$target/release/reform-tracker" generate-assets "$generated" >&2
# Debian keeps manual pages compressed; cargo-deb leaves files from the build directory as
# they are. -n leaves out the time, so the same sources give the same package.
gzip -9n "$generated"/*.1

cargo deb --no-build --locked
