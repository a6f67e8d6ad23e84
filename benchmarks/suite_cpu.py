"""Wall time and the CPU of EVERY process a command starts, Chromium included (Linux). Not a test.

    python benchmarks/suite_cpu.py -- .venv/bin/python -m pytest -n 3 --dist loadfile --no-loadscope-reorder

Why not `/usr/bin/time`: it reports the CPU of the descendants that were waited for all the way up, and Playwright
starts Chromium detached, so the browser's CPU (about 60 of the 93 CPU-s that tests/browser/test_notebooks_render.py
costs alone; benchmarks/results/test_suite.md, round 16) never reaches it; nor does any process whose parent exits
first (a sandboxed grading child, a kernel). Here the command runs under a child subreaper (prctl
PR_SET_CHILD_SUBREAPER): an orphaned descendant is handed to this process, which waits for it, so
`getrusage(RUSAGE_CHILDREN)` holds every descendant's user and system time once all have exited.

What it still misses (round 17): a process inside a bubblewrap PID namespace whose namespace init is killed first.
The grader stops a sandboxed fork server by killing bubblewrap's process group; the server and its children then die
with the namespace and are reaped by no one who is counted, so their CPU never reaches `getrusage`. Six `grade()` runs
of one notebook in one process: 3.5 CPU-s here, 10.1 CPU-s sampled from /proc (the fork servers alone 6.7). So
``--sample`` also reads /proc every 0.05 s while the command runs and sums the last CPU each descendant was seen with
(bubblewrap's processes included; one shorter than a sample is missed), by kind of process: slower, and a floor.

    python benchmarks/suite_cpu.py --sample -- .venv/bin/python -m pytest tests/grading

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
SAMPLE_S = 0.05
TICKS = os.sysconf("SC_CLK_TCK")


def load() -> str:
    with open("/proc/loadavg", encoding="ascii") as f:
        return f.read().split()[0]


def _processes() -> dict[int, tuple[int, int, float, bytes]]:
    """pid -> (parent pid, start time in ticks, user + sys CPU-s, command line) of every live process."""
    found = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                    stat = f.read()
                with open(f"/proc/{entry}/cmdline", "rb") as f:
                    cmdline = f.read()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2:].split()
            found[int(entry)] = (int(fields[1]), int(fields[19]), (int(fields[11]) + int(fields[12])) / TICKS, cmdline)
    return found


def _kind(cmdline: bytes) -> str:
    """What a process is, for the sampled table (the grader's sandboxed processes named apart)."""
    if cmdline.startswith(b"/usr/bin/bwrap"):
        return "bubblewrap"
    if b"exec(eval(sys.stdin.readline()))" in cmdline:  # how execnet starts a pytest-xdist worker (round 18: these
        return "pytest-xdist worker"  # were counted as "python" with every CLI subprocess the tests start)
    for marker, kind in ((b"netcrime.grading.fork_server", "fork server (and its children)"),
                         (b"ipykernel", "Jupyter kernel"), (b"chrom", "Chromium"), (b"pytest", "pytest")):
        if marker in cmdline:
            return kind
    return os.path.basename(cmdline.split(b"\0")[0].decode(errors="replace")) or "other"


def sample(process: subprocess.Popen) -> dict[tuple[int, int], tuple[float, bytes]]:
    """Until ``process`` ends: the last CPU-s seen of each of its descendants, by (pid, start time)."""
    seen: dict[tuple[int, int], tuple[float, bytes]] = {}
    while process.poll() is None:
        table = _processes()
        children: dict[int, list[int]] = {}
        for pid, (parent, *_) in table.items():
            children.setdefault(parent, []).append(pid)
        todo, tree = [process.pid], set()
        while todo:
            pid = todo.pop()
            if pid not in tree:
                tree.add(pid)
                todo.extend(children.get(pid, []))
        for pid in tree & table.keys():
            _, start, cpu, cmdline = table[pid]
            earlier = seen.get((pid, start))
            seen[(pid, start)] = (cpu, cmdline or (earlier[1] if earlier else b""))  # a zombie's is empty
        time.sleep(SAMPLE_S)
    return seen


def report_sampled(seen: dict[tuple[int, int], tuple[float, bytes]]) -> None:
    kinds: dict[str, list[float]] = {}
    for cpu, cmdline in seen.values():
        kinds.setdefault(_kind(cmdline), []).append(cpu)
    total = sum(sum(v) for v in kinds.values())
    print(f"sampled from /proc: {total:.1f} CPU-s in {len(seen)} processes", file=sys.stderr)
    for kind, cpus in sorted(kinds.items(), key=lambda item: -sum(item[1]))[:10]:
        print(f"  {kind}: {sum(cpus):.1f} CPU-s in {len(cpus)} processes", file=sys.stderr)


def main(argv: list[str]) -> int:
    if "--" not in argv or not argv[argv.index("--") + 1:]:
        print("Give the command after --, for example: python benchmarks/suite_cpu.py -- make test", file=sys.stderr)
        return 2
    command = argv[argv.index("--") + 1:]
    sampling = "--sample" in argv[:argv.index("--")]
    if ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        print("This measure needs Linux (prctl PR_SET_CHILD_SUBREAPER).", file=sys.stderr)
        return 2
    before, started = load(), time.monotonic()
    try:
        process = subprocess.Popen(command)
    except OSError as exc:
        print(f"Could not run {command[0]!r}: {exc.strerror}.", file=sys.stderr)
        return 2
    seen = sample(process) if sampling else None
    status = process.wait()
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
          f"sys {used.ru_stime:.1f}), every descendant waited for; load average {before} -> {load()}", file=sys.stderr)
    if seen is not None:
        report_sampled(seen)
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
