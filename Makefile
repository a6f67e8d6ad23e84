# The course's two commands:
#   make lab    set up (first time only) and open JupyterLab on the first lesson
#   make test   set up (first time only) and run every test: unit, data, notebooks (nbval), browser
# Needs only Python 3.11+ and make. Set PYTHON=python3.12 (say) to choose the interpreter.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: lab test check setup python-check test-pythons build notebooks bench bench-engines check-data clean grade instructor

# READY: installed, plus a start-up line that skips an unused 1.7 s grammar build in every Python
# process of the environment (src/netcrime/lazy_iri.py says why). Its own stamp, so an existing
# .venv gets it on its next `make` without reinstalling anything.
LAZY_IRI := $(VENV)/.lazy-iri
# PRECOMPILED: the package's bytecode and the claim vocabulary's compiled patterns, made once here rather than
# in every process that would otherwise make them (src/netcrime/precompile.py says why).
PRECOMPILED := $(VENV)/.precompiled
READY    := $(STAMP) $(LAZY_IRI) $(PRECOMPILED)

setup: $(READY)

# Stops with a sentence (not a pip error) on a missing or too old interpreter, or on a
# .venv made by one; any Python can run the check script (src/netcrime/supported_python.py).
python-check:
	@if [ -x $(BIN)/python ]; then \
	  $(BIN)/python src/netcrime/supported_python.py --venv $(VENV); \
	elif command -v $(PYTHON) >/dev/null 2>&1; then \
	  $(PYTHON) src/netcrime/supported_python.py; \
	else \
	  echo "No Python found as '$(PYTHON)'. Install Python 3.11 or newer and run the command again, for example: make lab PYTHON=python3.13" >&2; exit 1; \
	fi

$(STAMP): pyproject.toml | python-check
	@$(PYTHON) src/netcrime/setup_step.py --venv $(VENV) --goals "$(MAKECMDGOALS)"
	@touch $(STAMP)

$(LAZY_IRI): src/netcrime/lazy_iri.py $(STAMP)
	@$(BIN)/python src/netcrime/lazy_iri.py
	@touch $(LAZY_IRI)

$(PRECOMPILED): $(STAMP)
	@$(BIN)/python -m netcrime.precompile
	@touch $(PRECOMPILED)

# Instructor tools (Dask, nbgrader, otter-grader), not part of the student set-up. nbgrader's
# JupyterLab and server extensions are switched off so students' JupyterLab stays as it was.
INSTRUCTOR := $(VENV)/.installed-instructor
instructor: $(INSTRUCTOR)

# Reinstalled when pyproject.toml changes, not when a set-up step of READY is added or redone.
$(INSTRUCTOR): $(STAMP) | $(READY)
	$(BIN)/python -m pip install --quiet -e ".[test,instructor]"
	@$(BIN)/jupyter labextension disable --level=sys_prefix @jupyter/nbgrader >/dev/null 2>&1 || true
	@for e in formgrader validate_assignment assignment_list course_list; do \
	  $(BIN)/jupyter server extension disable --sys-prefix nbgrader.server_extensions.$$e >/dev/null 2>&1 || true; done
	@touch $(INSTRUCTOR)

# Serves the whole course folder and opens lesson 00 (src/netcrime/launch.py says why).
# Extra JupyterLab options: NETCRIME_LAB_ARGS="--no-browser --port=8899" make lab
lab: python-check $(READY)
	@$(BIN)/python -m netcrime lab

# First time only: the test modules' bytecode (pytest's, with its asserts rewritten) and Hypothesis's cache of the
# tests' constants, written by one collection (about 7.6 CPU-s) instead of by each worker of a clone's first run
# (about 4 CPU-s more per worker than a later run's collection; benchmarks/results/test_suite.md, round 13). Later
# edits need nothing more: the workers rewrite a changed module. A collection error is left to the run to report.
COLLECTED := $(VENV)/.tests-collected
$(COLLECTED): | $(READY) $(INSTRUCTOR)
	@echo "Set-up: compiling the tests once (about 10 s)."
	@$(BIN)/python -m pytest --collect-only -q -p no:randomly -p no:cacheprovider >/dev/null 2>&1 || true
	@touch $(COLLECTED)

# Three workers on two cores, each taking whole files (a notebook's cells must stay on one worker), slowest
# files first (tests/file_durations.json; conftest.py says why); random order within files and among equals.
# A third worker fills the time kernels, JupyterLab and the browser spend waiting: on a quiet 2-core machine
# 166-168 s against 176-188 s with two (benchmarks/results/test_suite.md, round 12); on a loaded one (round 18)
# two took 13% longer and no less CPU. Property tests draw 50 fixed examples each (tests/conftest.py says why).
test: python-check $(READY) $(INSTRUCTOR) $(COLLECTED)
	$(BIN)/python -m pytest -n 3 --dist loadfile --no-loadscope-reorder

# For authors: the fast loop (no kernels, no browser, nothing marked slow). `make check ARGS=--lf` reruns what failed;
# ARGS="-k lesson03" goes to both halves; ARGS=tests/checks/test_engine.py runs that file alone.
# Two plain pytest processes at once, each collecting only its half of the test files (halves of equal cost, CPU time
# plus time asleep, tests/check_durations.json, refreshed by tools/check_durations.py; on Linux both forked after one
# import of pytest, pandas and Altair; the few files that mostly wait in a third), one summary line, non-zero if any
# fails: pytest-xdist's controller, second full collection and per-test reports cost more (tools/make_check.py says
# why).
# On a quiet 2-core machine (round 13): 26.5 s and 49.6 CPU-s, against 29.0 s and 53.6 CPU-s for the same tests
# under xdist; 20 s would need about 38 CPU-s (benchmarks/results/test_suite.md). Lists of cheap cases (claim
# corpora, odd inputs, known wrong answers) are one test each that names every failing case (tests/every_case.py).
# Property tests run 5 examples each (tests/example_counts.py); long lists of cheap cases (every probe over every
# question, the claim corpus, every known wrong answer) run a fixed sample that touches every question, lesson and
# class, and the whole list in `make test` (tests/sampled_cases.py). The claim vocabulary's compiled patterns are made at
# set-up (src/netcrime/precompile.py). tests/conftest.py makes the garbage collector walk the tests' long-lived heap
# less (round 12).
check: python-check $(READY)
	$(BIN)/python tools/make_check.py $(ARGS)

# For authors: regenerate exercises/ from solutions/, and re-run notebooks to refresh committed outputs.
build: $(READY)
	$(BIN)/python -m netcrime build

notebooks: $(READY)
	$(BIN)/python -m netcrime execute notebooks/*.ipynb solutions/*.ipynb

# For instructors: grade a folder of submitted notebooks (docs/instructor_guide.md, "Grading a class").
#   make grade SUBMISSIONS=submissions/ OUT=grades/ [LESSON=01] [GRADE_OPTIONS="--jobs 4 ..."]
SUBMISSIONS ?= submissions/
OUT ?= grades/
LESSON ?=
GRADE_OPTIONS ?=
grade: $(READY)
	$(BIN)/python -m netcrime grade "$(SUBMISSIONS)" --out "$(OUT)" $(if $(LESSON),--lesson $(LESSON),) $(GRADE_OPTIONS)

check-data: $(READY)
	$(BIN)/python -m netcrime check-data

# For maintainers: install the course on every Python found here and run its checks (slow; results in
# benchmarks/results/pythons.md). PYTHONS="/path/python3.12 ..." to choose the interpreters.
test-pythons: $(READY)
	$(BIN)/python tools/test_pythons.py

bench: $(READY) $(INSTRUCTOR)
	$(BIN)/python benchmarks/run_all.py

# The grading engines alone, fork engine, N submissions serial and with 2 workers, sandbox overhead at N=40:
#   make bench-engines N=200      (writes benchmarks/results/engines-N.md; run it on a quiet machine)
N ?= 200
bench-engines: $(READY)
	$(BIN)/python benchmarks/bench_engines.py --sizes $(N) --kernel-sizes "" --overhead-n 40 \
		--write benchmarks/results/engines-$(N).md

clean:
	rm -rf $(VENV) .pytest_cache
