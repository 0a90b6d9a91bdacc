#!/usr/bin/env bash
# Turns the RESULT lines of a benchmark run (stdin) into the Markdown table used in the README.
#   benchmarks/run.sh engine | tee run.txt; benchmarks/results-table.sh < run.txt
set -euo pipefail
awk '
  /^RESULT / && /anchor_ops_s=/ {
    delete f
    for (i = 2; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] }
    if (!header++) {
      print "| phase | Tidemark ops/s | p50 µs | p99 µs | " f["anchor"] " ops/s | ratio |"
      print "|---|---:|---:|---:|---:|---:|"
    }
    printf "| %s | %s | %s | %s | %s | %s× |\n", f["phase"], f["tidemark_ops_s"], f["tidemark_p50_us"], f["tidemark_p99_us"], f["anchor_ops_s"], f["ratio"]
  }
  /^RESULT / && !/anchor_ops_s=/ { other[++n] = $0 }
  END { if (n) { print ""; for (i = 1; i <= n; i++) { sub(/^RESULT suite=[^ ]* /, "", other[i]); print "- " other[i] } } }
'
