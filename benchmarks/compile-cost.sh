#!/usr/bin/env bash
# Measures what the statusgen processor adds to a compile, against javac -proc:none on the holders plus the
# sources that statusgen generates, and against the floor: a processor (benchmarks/src/main/java/.../floor) that
# writes the very files statusgen generated, canned. Cold (a fresh javac JVM per compile) and warm (javax.tools
# in one JVM), for four cases: the standard table, the bundled IANA registry, a 500-code spec, 50 holders.
# Prints the tables and the targets, held or not; writes benchmarks/target/compile-cost.md and the chart.
#
# Usage, from anywhere in a clone: benchmarks/compile-cost.sh
# Settings (environment): RUNS (cold runs per variant, 7), WARM_RUNS and WARM_DISCARD (warm compiles per variant
# and how many of the first to discard, 40 and 20); for the large cases spec500 and holders50: LARGE_RUNS (4),
# LARGE_WARM_RUNS (10), LARGE_WARM_DISCARD (5); CASES and WARM_CASES (standard,iana,spec500,holders50), CHART
# (docs/compile-cost.png), SKIP_BUILD=1 to measure the jars already built. JAVA_HOME picks the JDK: its javac is
# the one measured. About 10 minutes on a quiet 2-core machine, the build included.
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
if [ "${SKIP_BUILD:-}" != 1 ]; then
  mvn -B -q -Pbenchmarks -pl benchmarks -am -DskipTests -Dinvoker.skip=true -Dmaven.javadoc.skip=true \
    -Dmaven.source.skip=true clean package
fi
"$JAVA" -Djava.awt.headless=true -cp benchmarks/target/benchmarks.jar dev.statusgen.benchmarks.compile.CompileCost \
  . benchmarks/target/compile-cost.md "${CHART:-docs/compile-cost.png}"
