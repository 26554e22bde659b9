#!/bin/bash
# What moving the pointer costs on a machine without a GPU: opens FILE in a 1400×900 window on
# a virtual display (Mesa's lavapipe paints it on the CPU), moves the pointer MOVES times over
# the checklist, the editor and the dashboard, one step every STEP seconds (default 0.1; at
# 0.1 a window that paints slowly is busy all the time, and its figure is the cap), and prints
# for each the process's CPU time per move, the frames per move, and of those the frames that
# painted any pixel again (where the window keeps its last frame and repaints only what
# changed, a frame that shows what the last one did paints none); then its CPU over 5 idle
# seconds. WIDTH and HEIGHT change the window's size. With a fourth argument XLSX,
# LibreOffice Calc is measured the same way over the same data, in the same run, as the peer.
# Needs Xvfb, xdotool (and libreoffice-calc for the peer).
# Usage: scripts/measure-pointer.sh BINARY FILE [MOVES] [XLSX]
set -u
BIN=$1; FILE=$2; MOVES=${3:-100}; XLSX=${4:-}
export DISPLAY=:96
# A display left from a run before must be gone first.
for _ in $(seq 1 50); do [ -e /tmp/.X96-lock ] || break; sleep 0.2; done
Xvfb $DISPLAY -screen 0 1400x900x24 >/dev/null 2>&1 & XVFB=$!
trap 'kill $XVFB 2>/dev/null; wait $XVFB 2>/dev/null' EXIT
for _ in $(seq 1 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.2; done
xdotool getdisplaygeometry >/dev/null 2>&1 || { echo "the virtual display did not start"; exit 1; }

cpu_ms() { awk '{print ($14 + $15) * 10}' "/proc/$1/stat"; }
frames() { grep -c '^frame:' "$1"; }
repainted() { grep -c '^painted: [1-9]' "$1"; }

# Moves over the box X0 Y0 X1 Y1 in a zigzag, so that every move lands somewhere new.
sweep() {
    local x0=$1 y0=$2 x1=$3 y1=$4 i x y
    for i in $(seq 0 $((MOVES - 1))); do
        x=$(( x0 + (i * 37) % (x1 - x0) )); y=$(( y0 + (i * 23) % (y1 - y0) ))
        xdotool mousemove "$x" "$y"; sleep "${STEP:-0.1}"
    done
}

# Prints "NAME: CPU per move, frames per move" for one sweep of process PID logging to LOG.
measure() {
    local name=$1 pid=$2 log=$3; shift 3
    xdotool mousemove "$1" "$2"; sleep 1; shift 2
    local c0 f0 p0 c1 f1 p1
    c0=$(cpu_ms "$pid")
    [ -n "$log" ] && { f0=$(frames "$log"); p0=$(repainted "$log"); }
    sweep "$@"
    sleep 0.5
    c1=$(cpu_ms "$pid")
    printf '%-34s %6.1f ms CPU per move' "$name" "$(echo "($c1 - $c0) / $MOVES" | bc -l)"
    if [ -n "$log" ]; then
        f1=$(frames "$log"); p1=$(repainted "$log")
        printf ', %.2f frames per move' "$(echo "($f1 - $f0) / $MOVES" | bc -l)"
        # Printed only by builds that keep their last frame.
        [ "$p1" -gt 0 ] && printf ', %.2f of them painting' "$(echo "($p1 - $p0) / $MOVES" | bc -l)"
    fi
    echo
}

idle() {
    local name=$1 pid=$2 c0 c1
    xdotool mousemove 700 450; sleep 2
    c0=$(cpu_ms "$pid"); sleep 5; c1=$(cpu_ms "$pid")
    echo "$name idle: $((c1 - c0)) ms CPU in 5 s"
}

window_of() {
    local w=""
    for _ in $(seq 1 600); do
        w=$(xdotool search --name "$1" 2>/dev/null | tail -1)
        [ -n "$w" ] && break
        sleep 0.1
    done
    echo "$w"
}

home=$(mktemp -d); log=$(mktemp)
REFORM_TRACKER_TIMINGS=1 XDG_CONFIG_HOME=$home XDG_DATA_HOME=$home \
    "$BIN" --lang en "$FILE" 2>"$log" &
pid=$!
for _ in $(seq 1 300); do grep -q "first frame painted" "$log" && break; sleep 0.1; done
win=$(window_of "Reform Tracker")
[ -n "$win" ] || { echo "Reform Tracker showed no window"; cat "$log"; exit 1; }
xdotool windowsize "$win" "${WIDTH:-1400}" "${HEIGHT:-900}" windowmove "$win" 0 0
xdotool windowfocus "$win"; sleep 2
# A commitment open in the editor (P18, a row of the shipped tracker's checklist).
xdotool mousemove 300 596 click 1; sleep 1
measure "Reform Tracker, over the checklist" "$pid" "$log" 60 300 60 260 440 860
measure "Reform Tracker, over the editor" "$pid" "$log" 700 300 560 200 1380 860
xdotool key ctrl+2; sleep 1
measure "Reform Tracker, over the dashboard" "$pid" "$log" 700 300 40 200 1380 860
xdotool key ctrl+1; sleep 1
idle "Reform Tracker" "$pid"
import -window root /tmp/measure-pointer.png 2>/dev/null
kill $pid; wait $pid 2>/dev/null
[ -n "${KEEP_LOG:-}" ] && cp "$log" "$KEEP_LOG"
rm -rf "$home" "$log"

if [ -n "$XLSX" ]; then
    # A fresh profile and a copy of the sheet: no first-run questions, no lock left behind.
    profile=$(mktemp -d)
    cp "$XLSX" "$profile/"
    sheet="$profile/$(basename "$XLSX")"
    soffice --calc --norestore --nologo "-env:UserInstallation=file://$profile" "$sheet" \
        >/dev/null 2>&1 &
    win=$(window_of "$(basename "$XLSX")")
    [ -n "$win" ] || { echo "LibreOffice Calc showed no window"; exit 1; }
    sleep 5
    xdotool windowsize "$win" 1400 900 windowmove "$win" 0 0
    xdotool windowfocus "$win"; sleep 3
    lo=$(pgrep -n soffice.bin)
    measure "LibreOffice Calc, over the cells" "$lo" "" 300 400 40 200 1380 860
    idle "LibreOffice Calc" "$lo"
    import -window root /tmp/measure-pointer-calc.png 2>/dev/null
    kill "$lo" 2>/dev/null; sleep 1
    rm -rf "$profile"
fi
echo "last pictures: /tmp/measure-pointer.png /tmp/measure-pointer-calc.png"
