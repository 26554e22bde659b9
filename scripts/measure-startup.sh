#!/bin/bash
# Start-up broken down: runs the app RUNS times on a virtual display and prints the steps
# REFORM_TRACKER_TIMINGS reports, from the start of `main` to the first painted frame, and the
# whole time from the launch (exec, loading libraries) to that frame.
# Needs Xvfb (package xvfb). Usage: scripts/measure-startup.sh [BINARY] [RUNS] [VAR=VALUE…]
set -u
BIN=${1:-target/release/reform-tracker}; RUNS=${2:-5}; shift $(( $# < 2 ? $# : 2 ))
DISPLAY_NO=:97
Xvfb $DISPLAY_NO -screen 0 1400x900x24 >/dev/null 2>&1 & XVFB=$!
trap 'kill $XVFB 2>/dev/null' EXIT
sleep 1
for r in $(seq 1 "$RUNS"); do
  home=$(mktemp -d); log=$(mktemp)
  launched=$(date +%s%3N)
  env "$@" REFORM_TRACKER_TIMINGS=1 XDG_CONFIG_HOME=$home XDG_DATA_HOME=$home \
      DISPLAY=$DISPLAY_NO "$BIN" 2>"$log" &
  pid=$!
  for _ in $(seq 1 100); do grep -q "first frame painted" "$log" && break; sleep 0.05; done
  kill $pid; wait $pid 2>/dev/null
  echo "run $r:"; grep "^timing" "$log" | grep -v "clock at"
  painted=$(sed -n 's/^timing: clock at first painted frame //p' "$log")
  [ -n "$painted" ] && echo "launch to first painted frame: $(( painted - launched )) ms"
  rm -rf "$home" "$log"
done
