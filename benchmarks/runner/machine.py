"""Describes the machine a run was measured on, for the results file."""

import os
import platform
import subprocess


def _first_line(cmd):
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
        text = (p.stdout or p.stderr).strip().splitlines()
        return text[0] if text else "?"
    except (OSError, subprocess.SubprocessError):
        return "?"


def describe():
    model = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {
        "cpu": model, "cpus": os.cpu_count(), "kernel": platform.release(),
        "java": _first_line(["java", "-version"]), "python": platform.python_version(),
        "gcc": _first_line(["gcc", "--version"]),
    }
