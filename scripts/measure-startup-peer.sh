#!/bin/bash
# Start-up beside the peer: launches Reform Tracker on FILE and LibreOffice Calc on XLSX (the
# same data as a workbook) RUNS times each, alternating, on one virtual display, and prints
# each launch's time until its window is mapped with the document's name in its title, and
# for Reform Tracker also until its first painted frame. Medians last.
# Needs Xvfb, xdotool, libreoffice-calc. Usage: scripts/measure-startup-peer.sh BINARY FILE XLSX [RUNS]
set -u
BIN=$1; FILE=$2; XLSX=$3; RUNS=${4:-5}
export DISPLAY=:95
for _ in $(seq 1 50); do [ -e /tmp/.X95-lock ] || break; sleep 0.2; done
Xvfb $DISPLAY -screen 0 1400x900x24 >/dev/null 2>&1 & XVFB=$!
trap 'kill $XVFB 2>/dev/null; wait $XVFB 2>/dev/null' EXIT
for _ in $(seq 1 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.2; done
now() { date +%s%3N; }
# Waits for a visible window whose title holds $1; prints the time it appeared.
mapped() {
    for _ in $(seq 1 3000); do
        xdotool search --onlyvisible --name "$1" >/dev/null 2>&1 && { now; return; }
        sleep 0.005
    done
    echo never
}
# LibreOffice's first start makes its profile: once, before timing, as a user's second start.
profile=$(mktemp -d)
soffice --calc --norestore --nologo "-env:UserInstallation=file://$profile" >/dev/null 2>&1 &
sleep 15; pkill -f soffice
for _ in $(seq 1 100); do pgrep -f soffice >/dev/null || break; sleep 0.1; done
ours=(); painted=(); peer=()
for r in $(seq 1 "$RUNS"); do
    home=$(mktemp -d); log=$(mktemp)
    t0=$(now)
    REFORM_TRACKER_TIMINGS=1 XDG_CONFIG_HOME=$home XDG_DATA_HOME=$home "$BIN" "$FILE" 2>"$log" &
    pid=$!
    t1=$(mapped "Reform Tracker")
    for _ in $(seq 1 200); do grep -q "clock at first painted frame" "$log" && break; sleep 0.02; done
    p=$(sed -n 's/^timing: clock at first painted frame //p' "$log")
    kill $pid; wait $pid 2>/dev/null; rm -rf "$home" "$log"
    ours+=($((t1 - t0))); painted+=($((p - t0)))
    sleep 1
    dir=$(mktemp -d); cp "$XLSX" "$dir/"; sheet="$dir/$(basename "$XLSX")"
    # A Calc ended by a signal leaves its profile locked, and the next one asks about it.
    rm -f "$profile/.lock"
    t0=$(now)
    soffice --calc --norestore --nologo "-env:UserInstallation=file://$profile" "$sheet" >/dev/null 2>&1 &
    t1=$(mapped "$(basename "$XLSX")")
    # Every part of it gone (oosplash too), or the next start hands its sheet to this one.
    pkill -f soffice
    for _ in $(seq 1 100); do pgrep -f soffice >/dev/null || break; sleep 0.1; done
    sleep 1; rm -rf "$dir"
    peer+=($((t1 - t0)))
    echo "run $r: Reform Tracker window mapped ${ours[-1]} ms, first frame painted ${painted[-1]} ms; LibreOffice Calc window mapped ${peer[-1]} ms"
done
rm -rf "$profile"
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
m_ours=$(median "${ours[@]}"); m_painted=$(median "${painted[@]}"); m_peer=$(median "${peer[@]}")
echo "medians: Reform Tracker mapped $m_ours ms, painted $m_painted ms; LibreOffice Calc mapped $m_peer ms"
echo "LibreOffice Calc / Reform Tracker (mapped): $(echo "scale=1; $m_peer / $m_ours" | bc)x; (to its first painted frame): $(echo "scale=1; $m_peer / $m_painted" | bc)x"
