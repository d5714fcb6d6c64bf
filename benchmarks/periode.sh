#!/usr/bin/env bash
# The evaluation-period benchmarks (category "Periode"): an agency of 100,000 employees through the whole period
# (EvaluasiPeriode.Evaluate, then Tetapkan with every proposal accepted) beside the bulk engine alone on the same agency
# as Baseline, and calibration beside its former quadratic version at 1,000 and 10,000 employees, in one
# BenchmarkDotNet run. Rewrites the generated part of benchmarks/results/evaluasi-periode.md (everything below its
# marker line) with the tables, the machine, and its load average sampled every 15 seconds during the run
# (benchmarks/lib/run-category.sh).
#
# Usage, from anywhere:   bash benchmarks/periode.sh
# About 5 minutes on a quiet 2-core machine (at most 8): 9 cases, one launch each, 3 warm-ups and 10 iterations;
# the slowest operation (the former calibration at 10,000) takes well under a second. Extra arguments go to
# BenchmarkDotNet (e.g. --filter '*EvaluasiPeriode*' for one class); --brief makes it a smoke run (in process, one
# iteration, 10,000 employees) that proves the script works but whose figures mean nothing.
set -euo pipefail
exec bash "$(dirname "$0")/lib/run-category.sh" benchmarks/periode.sh Periode benchmarks/results/evaluasi-periode.md "$@"
