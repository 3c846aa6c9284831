#!/usr/bin/env bash
# Builds the benchmarks, runs them with JMH's GC profiler, and writes the Markdown table and the chart.
# Extra arguments go to JMH, e.g. a benchmark regex or -i 10.
# Usage, from the repository root: benchmarks/run-jmh.sh
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q -Pbenchmarks -pl benchmarks -am -DskipTests clean package
MACHINE="$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), \
load average $(cut -d' ' -f1-3 /proc/loadavg) at the start, $(date -u '+%Y-%m-%d %H:%M UTC')"
java -jar benchmarks/target/benchmarks.jar -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc \
  -rf json -rff benchmarks/target/jmh-result.json "$@"
java -Djava.awt.headless=true -cp benchmarks/target/benchmarks.jar dev.statusgen.benchmarks.Report \
  benchmarks/target/jmh-result.json docs/benchmark-results.png benchmarks/target/jmh-result.md
sed -i "1s|^|Machine: $MACHINE.\n|" benchmarks/target/jmh-result.md
cat benchmarks/target/jmh-result.md
