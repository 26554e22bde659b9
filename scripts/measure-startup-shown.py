#!/usr/bin/python3
"""Start-up as a user sees it, measured the same way for both programs.

Launches Reform Tracker on FILE and LibreOffice Calc on XLSX (the same data as a workbook) RUNS
times each, alternating, on one virtual display. From the launch it reads rows of the screen's
pixels over and over (nine rows across the whole width, a fraction of a millisecond each) for
LIMIT seconds, and prints when the screen first showed what it showed at the end: the window
drawn with its document. `measure-startup-peer.sh` times Calc's window when it is mapped, before
its sheet is drawn, and ours by its own log; here both are timed by what reaches the screen.

Needs Xvfb, libreoffice-calc and python3-xlib.
Usage: scripts/measure-startup-shown.py BINARY FILE XLSX [RUNS]
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time

from Xlib import X, display as xdisplay

WIDTH, HEIGHT = 1400, 900
ROWS = [50 + i * (HEIGHT - 100) // 8 for i in range(9)]
LIMIT = float(os.environ.get("LIMIT", "3"))


def screen_rows(d, root):
    return b"".join(
        root.get_image(0, y, WIDTH, 1, X.ZPixmap, 0xFFFFFFFF).data for y in ROWS
    )


def shown(d, root, launch):
    """Launches the program; returns milliseconds to the first sample equal to the last."""
    t0 = time.monotonic()
    proc = launch()
    samples = []
    while time.monotonic() - t0 < LIMIT:
        rows = screen_rows(d, root)
        samples.append(((time.monotonic() - t0) * 1000, rows))
    last = samples[-1][1]
    first = next(t for t, rows in samples if rows == last)
    return proc, first, len(samples)


def median(values):
    return sorted(values)[(len(values) - 1) // 2]


def main():
    binary, file, xlsx = sys.argv[1:4]
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 5
    os.environ["DISPLAY"] = ":89"
    server = subprocess.Popen(
        ["Xvfb", ":89", "-screen", "0", f"{WIDTH}x{HEIGHT}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                d = xdisplay.Display()
                break
            except Exception:
                time.sleep(0.1)
        root = d.screen().root
        # LibreOffice's first start makes its profile: once, before timing, as a second start.
        profile = tempfile.mkdtemp()
        office = ["soffice", "--calc", "--norestore", "--nologo", f"-env:UserInstallation=file://{profile}"]
        first = subprocess.Popen(office, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(15)
        subprocess.run(["pkill", "-f", "soffice"])
        first.wait()
        time.sleep(2)
        ours, peer = [], []
        for run in range(1, runs + 1):
            home = tempfile.mkdtemp()
            env = dict(os.environ, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home)
            proc, t, n = shown(d, root, lambda: subprocess.Popen(
                [binary, file], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            proc.kill()
            proc.wait()
            shutil.rmtree(home, ignore_errors=True)
            ours.append(t)
            time.sleep(1)
            sheet_dir = tempfile.mkdtemp()
            sheet = shutil.copy(xlsx, sheet_dir)
            # A Calc ended by a signal leaves its profile locked, and the next one asks about it.
            if os.path.exists(os.path.join(profile, ".lock")):
                os.remove(os.path.join(profile, ".lock"))
            proc, u, m = shown(d, root, lambda: subprocess.Popen(
                office + [sheet], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            # Every part of it gone (oosplash too), or the next start hands its sheet to this one.
            subprocess.run(["pkill", "-f", "soffice"])
            proc.wait()
            while subprocess.run(["pgrep", "-f", "soffice"], stdout=subprocess.DEVNULL).returncode == 0:
                time.sleep(0.1)
            time.sleep(1)
            shutil.rmtree(sheet_dir, ignore_errors=True)
            peer.append(u)
            print(f"run {run}: Reform Tracker shown at {t:.0f} ms ({n} samples); "
                  f"LibreOffice Calc shown at {u:.0f} ms ({m} samples)", flush=True)
        shutil.rmtree(profile, ignore_errors=True)
        mo, mp = median(ours), median(peer)
        print(f"medians: Reform Tracker {mo:.0f} ms; LibreOffice Calc {mp:.0f} ms: {mp / mo:.1f}x")
    finally:
        server.kill()
        server.wait()


if __name__ == "__main__":
    main()
