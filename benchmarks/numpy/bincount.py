#!/usr/bin/env python3
"""The numpy comparison for the bulk engine's employee pass.

Reads the columns the benchmark project dumps (``--dump DIR``) and counts every unit's employees per predicate with
numpy, as a data team would: the quadrant as a 16-entry lookup table indexed by ``hasil * 4 + perilaku``, then
``np.bincount(unit * 5 + class)``. Checks the counts against the totals and checksum the engine wrote beside the
columns, then prints medians of 21 runs per step (or the number given after the directory) in nanoseconds per
employee.

Usage (see benchmarks/results/README.md):

    dotnet run -c Release --project benchmarks/AsnKinerja.Benchmarks -- --dump /tmp/asnkinerja-columns
    python3 benchmarks/numpy/bincount.py /tmp/asnkinerja-columns [runs]

benchmarks/bulk.sh runs both steps with the rest of the bulk figures.

Needs numpy (Debian: ``apt-get install python3-numpy``).
"""

import json
import os
import statistics
import sys
import time

import numpy as np

RUNS = int(sys.argv[2]) if len(sys.argv) == 3 else 21


def median_ms(step):
    step()  # warm-up
    times = []
    for _ in range(RUNS):
        start = time.perf_counter_ns()
        step()
        times.append(time.perf_counter_ns() - start)
    return statistics.median(times) / 1e6


def main(directory):
    load = open("/proc/loadavg").read().strip() if os.path.exists("/proc/loadavg") else "unknown"
    print(f"numpy {np.__version__}, load average before: {load}")
    print()
    print("| Layout | Employees | Lookup (ns/employee) | bincount (ns/employee) | Lookup + bincount (ns/employee) |")
    print("|---|---:|---:|---:|---:|")
    for layout in ("sorted", "shuffled"):
        path = os.path.join(directory, layout)
        meta = json.load(open(os.path.join(path, "meta.json")))
        n, units = meta["employees"], meta["units"]
        unit = np.fromfile(os.path.join(path, "unit.int32"), dtype=np.int32)
        hasil = np.fromfile(os.path.join(path, "hasil.uint8"), dtype=np.uint8)
        perilaku = np.fromfile(os.path.join(path, "perilaku.uint8"), dtype=np.uint8)
        table = np.array(meta["table"], dtype=np.uint8)
        assert len(unit) == len(hasil) == len(perilaku) == n

        def lookup():
            return table[hasil * 4 + perilaku]

        cls = lookup()
        index = unit * 5 + cls

        def count():
            return np.bincount(index, minlength=units * 5)

        def both():
            return np.bincount(unit * 5 + table[hasil * 4 + perilaku], minlength=units * 5)

        counts = both()
        totals = [int(counts[k::5].sum()) for k in range(5)]
        checksum = int((counts.astype(np.int64) * ((np.arange(units * 5) % 1009) + 1)).sum())
        if totals != meta["totals"] or checksum != meta["checksum"]:
            sys.exit(f"{layout}: numpy's counts differ from the engine's ({totals} vs {meta['totals']})")

        per = 1e6 / n
        print(f"| {layout} | {n:,} | {median_ms(lookup) * per:.3f} | {median_ms(count) * per:.3f} | {median_ms(both) * per:.3f} |")

    load = open("/proc/loadavg").read().strip() if os.path.exists("/proc/loadavg") else "unknown"
    print()
    print(f"Medians of {RUNS} runs after a warm-up; the counts agree with the engine's. Load average after: {load}")


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    main(sys.argv[1])
