#!/usr/bin/env bash
# The growth benchmarks (category "Growth"): the paths that used to grow faster than their input — GetLineage,
# SkpBuilder.AddHasilKerja, the structural walk of CascadingRules.Validate, the Matriks Peran Hasil — each at three
# sizes against its former version, in one BenchmarkDotNet run. Rewrites the generated part of
# benchmarks/results/growth.md (everything below its marker line) with the tables, the machine, and its load average
# sampled every 15 seconds during the run (benchmarks/lib/run-category.sh), since a busy machine widens the spread.
#
# Usage, from anywhere:   bash benchmarks/growth.sh
# About 15 minutes on 2 cores; extra arguments go to BenchmarkDotNet (e.g. --filter '*Lineage*' for one class).
set -euo pipefail
exec bash "$(dirname "$0")/lib/run-category.sh" benchmarks/growth.sh Growth benchmarks/results/growth.md "$@"
