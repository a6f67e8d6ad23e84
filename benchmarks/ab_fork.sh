#!/bin/bash
# Before/after on the same machine at the same time: `python -m netcrime grade` (fork engine) with two
# versions of the package, alternated, so both see the same load. For a shared machine, where a
# before-run taken an hour earlier says nothing. Usage:
#   [LESSON=01] benchmarks/ab_fork.sh BEFORE_SRC AFTER_SRC SUBMISSIONS_FOLDER [JOBS=2] [ROUNDS=2]
# BEFORE_SRC/AFTER_SRC: folders holding the `netcrime` package (e.g. an exported commit's src/).
# Prints one line per run: side, round, seconds, load average before/after, the grader's last line.
set -euo pipefail
BEFORE=$1 AFTER=$2 SUBS=$3 JOBS=${4:-2} ROUNDS=${5:-2}
PY=${PYTHON:-$(cd "$(dirname "$0")/.." && pwd)/.venv/bin/python}
OUT=$(mktemp -d)
for round in $(seq 1 "$ROUNDS"); do
  for side in before after; do
    if [ "$side" = before ]; then SRC=$BEFORE; else SRC=$AFTER; fi
    rm -rf "$OUT/out"
    l0=$(cut -d' ' -f1 /proc/loadavg); t0=$(date +%s.%N)
    last=$(cd /tmp && PYTHONPATH=$SRC "$PY" -m netcrime grade "$SUBS" --out "$OUT/out" --quiet --force \
           --engine fork --jobs "$JOBS" ${LESSON:+--lesson "$LESSON"} 2>&1 | tail -1)
    t1=$(date +%s.%N); l1=$(cut -d' ' -f1 /proc/loadavg)
    printf '%s round %s: %.2f s, load %s / %s, %s\n' "$side" "$round" "$(echo "$t1 - $t0" | bc)" "$l0" "$l1" "$last"
  done
done
rm -rf "$OUT"
