#!/usr/bin/env bash
# The serialization benchmarks (category "Serialization"): reading 200,000 labels, and three large documents at three
# sizes (a Finding with n values, a StrukturOrganisasi of n units, n behaviour entries whose second repeats the first),
# each against the reader the package had before its rewrite (Baseline), in one BenchmarkDotNet run. Rewrites the
# generated part of benchmarks/results/serialization.md (below its marker line) with the tables, the machine, and its
# load sampled every 15 seconds during the run (benchmarks/lib/run-category.sh).
#
# Usage, from anywhere:   bash benchmarks/serialization.sh
# Run time: about 6 minutes on a quiet 2-core machine (21 cases of one launch, three warm-ups and ten iterations, set in
# Program.cs; the baseline's quadratic reads take about a second each at 30,000), bounded at 10 minutes: past that the
# run is stopped and the page is left as it was. Extra arguments go to BenchmarkDotNet (e.g. --filter '*Label*').
set -euo pipefail
exec timeout --foreground 10m bash "$(dirname "$0")/lib/run-category.sh" benchmarks/serialization.sh Serialization benchmarks/results/serialization.md "$@"
