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


def replace_section(doc_path, heading, section, before="## Scale"):
    """Write `section` (Markdown starting with `heading`) into the document at doc_path: it replaces
    the old section of that heading (up to the next '## ' heading), or goes before the `before`
    heading, or at the end. Written atomically (temporary file + rename)."""
    doc = open(doc_path).read() if os.path.exists(doc_path) else "# Benchmarks\n\n"
    section = section.rstrip("\n") + "\n"
    start = doc.find(heading + "\n")
    if start >= 0:
        end = doc.find("\n## ", start + 1)
        doc = doc[:start] + section + ("" if end < 0 else "\n" + doc[end + 1:])
    else:
        at = doc.find("\n" + before + "\n") if before else -1
        doc = doc.rstrip("\n") + "\n\n" + section if at < 0 else doc[:at + 1] + section + "\n" + doc[at + 1:]
    tmp = doc_path + ".tmp"
    with open(tmp, "w") as fh:
        fh.write(doc)
    os.replace(tmp, doc_path)
