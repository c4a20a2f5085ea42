"""Machine and commit lines for the benchmark reports (one copy for every Benchmarks/*/report.py)."""
import os
import platform
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def machine():
    """CPU model, cores, memory and OS, e.g. 'AMD EPYC, 2 cores, 24 GiB, Linux 6.1'."""
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal"):
                mem = f", {int(line.split()[1]) / 1024 / 1024:.0f} GiB"
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores{mem}, {platform.system()} {platform.release()}"


def commit():
    """The repository's short HEAD, '+ uncommitted changes' when tracked files differ from it."""
    try:
        git = ["git", "-C", ROOT]
        head = subprocess.run(git + ["rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(git + ["status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True).stdout.strip()
        return (head or "?") + (" + uncommitted changes" if dirty else "")
    except OSError:
        return "unknown"
