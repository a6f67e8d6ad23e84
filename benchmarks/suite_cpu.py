"""Wall time and the CPU of EVERY process a command starts, Chromium included (Linux). Not a test.

    python benchmarks/suite_cpu.py -- .venv/bin/python -m pytest -n 3 --dist loadfile --no-loadscope-reorder

Why not `/usr/bin/time`: it reports the CPU of the descendants that were waited for all the way up, and Playwright
starts Chromium detached, so the browser's CPU (about 60 of the 93 CPU-s that tests/browser/test_notebooks_render.py
costs alone; benchmarks/results/test_suite.md, round 16) never reaches it; nor does any process whose parent exits
first (a sandboxed grading child, a kernel). Here the command runs under a child subreaper (prctl
PR_SET_CHILD_SUBREAPER): an orphaned descendant is handed to this process, which waits for it, so
`getrusage(RUSAGE_CHILDREN)` holds every descendant's user and system time once all have exited.

Prints one line: exit status, wall seconds, CPU-s (user + sys), and the load average before and after. Exits with the
command's status. Descendants still running 60 s after the command ends are reported and left alone.
"""
from __future__ import annotations

import ctypes
import os
import resource
import subprocess
import sys
import time

PR_SET_CHILD_SUBREAPER = 36
LEFTOVER_WAIT_S = 60


def load() -> str:
    with open("/proc/loadavg", encoding="ascii") as f:
        return f.read().split()[0]


def main(argv: list[str]) -> int:
    if "--" not in argv or not argv[argv.index("--") + 1:]:
        print("Give the command after --, for example: python benchmarks/suite_cpu.py -- make test", file=sys.stderr)
        return 2
    command = argv[argv.index("--") + 1:]
    if ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        print("This measure needs Linux (prctl PR_SET_CHILD_SUBREAPER).", file=sys.stderr)
        return 2
    before, started = load(), time.monotonic()
    status = subprocess.call(command)
    wall = time.monotonic() - started
    deadline = time.monotonic() + LEFTOVER_WAIT_S
    while True:  # the orphans handed to this process: wait for each, so its CPU is counted
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            break
        if pid == 0:
            if time.monotonic() > deadline:
                print(f"Descendants still running {LEFTOVER_WAIT_S} s after the command: their CPU is not counted.",
                      file=sys.stderr)
                break
            time.sleep(0.2)
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"exit {status}; wall {wall:.1f} s; CPU {used.ru_utime + used.ru_stime:.1f} s (user {used.ru_utime:.1f}, "
          f"sys {used.ru_stime:.1f}), every descendant counted; load average {before} -> {load()}", file=sys.stderr)
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
