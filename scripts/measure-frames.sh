#!/bin/bash
# Painted frames while scrolling: opens FILE in a 1280×800 window on a virtual display,
# sends CLICKS wheel steps over the checklist, and prints eframe's own frame times (laying
# out, tessellating and painting, without the wait for the screen) and the process's CPU.
# Needs Xvfb, xdotool and ImageMagick. Usage: scripts/measure-frames.sh BINARY FILE [CLICKS]
set -u
BIN=$1; FILE=$2; CLICKS=${3:-100}
export DISPLAY=:98
Xvfb $DISPLAY -screen 0 1400x900x24 >/dev/null 2>&1 & XVFB=$!
trap 'kill $XVFB 2>/dev/null' EXIT
sleep 1
home=$(mktemp -d); log=$(mktemp)
REFORM_TRACKER_TIMINGS=1 XDG_CONFIG_HOME=$home XDG_DATA_HOME=$home "$BIN" "$FILE" 2>"$log" &
pid=$!
for _ in $(seq 1 300); do grep -q "file read" "$log" && break; sleep 0.1; done
sleep 1
xdotool windowfocus "$(xdotool search --name 'Reform Tracker' | head -1)" 2>/dev/null
xdotool mousemove 300 400; sleep 0.5
start=$(wc -l < "$log")
cpu0=$(awk '{print $14+$15}' /proc/$pid/stat); wall0=$(date +%s%N)
for _ in $(seq 1 "$CLICKS"); do xdotool click 5; sleep 0.05; done
wall1=$(date +%s%N); sleep 1
cpu1=$(awk '{print $14+$15}' /proc/$pid/stat)
import -window root /tmp/measure-frames.png
kill $pid; wait $pid 2>/dev/null
echo "CPU of the app: $(( (cpu1 - cpu0) * 10 )) ms during $(( (wall1 - wall0) / 1000000 )) ms of clicking (+1 s after)"
tail -n +$((start + 1)) "$log" | awk '/^frame:/ {print $2}' | sort -n | awk '
  { v[NR] = $1 } END { if (NR == 0) { print "no frames"; exit }
    printf "frames %d  median %.2f ms  p90 %.2f  p99 %.2f  max %.2f\n",
      NR, v[int(NR/2)+1], v[int(NR*0.9)], v[int(NR*0.99)], v[NR] }'
rm -rf "$home" "$log"
echo "last picture: /tmp/measure-frames.png"
