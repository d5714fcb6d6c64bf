#!/usr/bin/env bash
# Sourced by the benchmark scripts (benchmarks/lib/run-category.sh, benchmarks/bulk.sh): the machine and its load, which
# every results page records, since a busy machine widens the spread and a reader must know.

# Starts sampling the 1-minute load every 15 seconds into the file $1 until stop_load_sampler (or the script's exit).
start_load_sampler() {
  load_samples="$1"
  ( while true; do cut -d' ' -f1 /proc/loadavg >> "$load_samples"; sleep 15; done ) &
  load_sampler=$!
  trap 'kill "$load_sampler" 2>/dev/null || true' EXIT
}

stop_load_sampler() {
  kill "$load_sampler" 2>/dev/null || true
}

# The 1, 5 and 15 minute load averages now.
load_now() {
  cut -d' ' -f1-3 /proc/loadavg
}

# The "Machine" and load lines of a run's header; $1 and $2 are the load averages before and after the run.
machine_lines() {
  echo "- Machine: $(nproc) logical cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'),"\
       "$(awk '/MemTotal/ { printf "%.0f GB RAM", $2 / 1048576 }' /proc/meminfo); .NET SDK $(dotnet --version)"
  echo "- Load average (1, 5, 15 min) before the run: $1; after: $2"
  echo "- 1-minute load during the run, sampled every 15 s: $(sort -n "$load_samples" | awk '{ a[NR] = $1 } END { if (NR) printf "min %s, median %s, max %s (%d samples)", a[1], a[int((NR + 1) / 2)], a[NR], NR }')"
}
