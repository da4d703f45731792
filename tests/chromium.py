"""Headless Chromium for the HTML report tests: one command line, the page's console lines."""

from __future__ import annotations

import shutil
import subprocess
import tempfile

#: Lines Chromium's GPU emulation logs through the console channel; not the page's own.
DRIVER_NOISE = ("GL Driver Message",)


def chromium() -> str | None:
    """The Chromium binary, or None (the tests that need it are then skipped)."""
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def run_chromium(url: str, *extra: str, width: int = 1400, height: int = 1000) -> subprocess.CompletedProcess:
    """Open ``url`` headless (WebGL by SwiftShader, no network) and return the finished process."""
    profile = tempfile.mkdtemp()
    cmd = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
           "--enable-unsafe-swiftshader", "--use-angle=swiftshader",
           "--no-first-run", "--disable-background-networking", "--disable-component-update",
           "--disable-sync", f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
           "--virtual-time-budget=8000", f"--window-size={width},{height}", *extra, url]
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=180, check=False)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def console_lines(done: subprocess.CompletedProcess) -> list[str]:
    """The page's console messages (errors, warnings, logs) from Chromium's stderr."""
    return [line for line in done.stderr.splitlines()
            if "CONSOLE" in line and not any(noise in line for noise in DRIVER_NOISE)]
