#!/bin/sh
# Builds the Debian package (scripts/package.sh) and checks it as an installed system would
# see it: every file in it, the desktop entry and AppStream metadata through their validators,
# the manual page through man, and the packaged binary's --version. `scripts/test.sh` runs it
# after the tests and installs the tools it needs; anything missing fails here, naming the
# Debian package to install.
set -eu
cd "$(dirname "$0")/.."

ID=io.github.reformtracker.ReformTracker

fail() {
    echo "test-package: $*" >&2
    exit 1
}

for tool in dpkg-deb:dpkg desktop-file-validate:desktop-file-utils appstreamcli:appstream \
    man:man-db dpkg-shlibdeps:dpkg-dev; do
    command -v "${tool%%:*}" >/dev/null 2>&1 ||
        fail "${tool%%:*} is missing: install the Debian package ${tool#*:} (scripts/test.sh does)"
done

deb=$(./scripts/package.sh | tail -n 1)
[ -f "$deb" ] || fail "scripts/package.sh named no package (last line: '$deb')"
echo "Checking $deb ($(du -h "$deb" | cut -f1))"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Every file a desktop installs, at the place it looks for it.
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/list"
expected="/usr/bin/reform-tracker
/usr/share/applications/$ID.desktop
/usr/share/metainfo/$ID.metainfo.xml
/usr/share/icons/hicolor/scalable/apps/$ID.svg
/usr/share/man/man1/reform-tracker.1.gz
/usr/share/man/man1/reform-tracker-export.1.gz
/usr/share/bash-completion/completions/reform-tracker
/usr/share/zsh/vendor-completions/_reform-tracker
/usr/share/fish/vendor_completions.d/reform-tracker.fish"
for size in 16 32 48 64 128 256 512; do
    expected="$expected
/usr/share/icons/hicolor/${size}x${size}/apps/$ID.png"
done
missing=$(echo "$expected" | while read -r path; do grep -qx "$path" "$work/list" || echo "$path"; done)
[ -z "$missing" ] || fail "the package lacks:
$missing"

root="$work/root"
dpkg-deb -x "$deb" "$root"

desktop-file-validate "$root/usr/share/applications/$ID.desktop" ||
    fail "desktop-file-validate refused the desktop entry"
appstreamcli validate --no-net "$root/usr/share/metainfo/$ID.metainfo.xml" ||
    fail "appstreamcli refused the metainfo"
# The metainfo, its desktop entry and the icons, checked together as installed.
appstreamcli validate-tree --no-net "$root" || fail "appstreamcli refused the installed tree"

# The manual page renders, names its commands, and groff has nothing to say about it.
page=$(MANWIDTH=80 man --warnings -l "$root/usr/share/man/man1/reform-tracker.1.gz" 2>"$work/man-warnings") ||
    fail "man could not render reform-tracker.1"
[ ! -s "$work/man-warnings" ] || fail "man warns about reform-tracker.1: $(cat "$work/man-warnings")"
for word in NAME SYNOPSIS OPTIONS reform-tracker-export; do
    echo "$page" | grep -q "$word" || fail "the manual page has no $word"
done

bash -n "$root/usr/share/bash-completion/completions/reform-tracker" ||
    fail "the bash completion does not parse"

# The packaged binary runs and names the release and the commit it was built from.
version=$(dpkg-deb -f "$deb" Version)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
want="reform-tracker ${version%-*} ($commit)"
got=$("$root/usr/bin/reform-tracker" --version) || fail "the packaged binary does not run"
[ "$got" = "$want" ] || fail "--version printed '$got', expected '$want'"

echo "Package checked: $(grep -c . "$work/list") entries, $got"
