#!/usr/bin/env bash
# The tool benchmarks (category "Tool"): `asn-kinerja periksa` on a generated national file of 5,000,000 employee rows
# over 50,000 units (CSV, semicolons, a BOM, labels as people type them; generated in the benchmark's setup in the temp
# folder, about 400 MB, deleted afterwards, never committed). Three measurements in one BenchmarkDotNet run: the naive
# reader (baseline), the tool's reader, and the whole command (read, check, calibrate, console view, HTML and CSV).
# Rewrites the generated part of benchmarks/results/tool.md (everything below its marker line) with the table, the
# machine and its load average sampled every 15 seconds during the run (benchmarks/lib/run-category.sh).
#
# Usage, from anywhere:   bash benchmarks/tool.sh
# Bounded run time: about 9 minutes on a 2-core machine (one launch, one warm-up and five measured iterations per
# benchmark, the file generated once per benchmark process), at most 12. Extra arguments go to BenchmarkDotNet; to try
# the script on a small file: ASNKINERJA_TOOL_ROWS=20000 bash benchmarks/tool.sh --job Dry
set -euo pipefail
exec bash "$(dirname "$0")/lib/run-category.sh" benchmarks/tool.sh Tool benchmarks/results/tool.md \
  --launchCount 1 --warmupCount 1 --iterationCount 5 "$@"
