#!/usr/bin/env bash
# Profiles the statusgen processor in cold compiles of one case (default: the standard table, one holder):
# the classes that javac loads with statusgen, with the floor and with -proc:none (-Xlog:class+load, and the
# JVM's class-loading counters), and JFR execution samples every 1 ms (benchmarks/compile-profile.jfc) over
# repeated compiles of statusgen and the floor. Writes benchmarks/target/compile-profile.md; the recordings and
# logs stay in benchmarks/target/compile-profile/<case>/ for jfr print or JDK Mission Control.
#
# Usage, from anywhere in a clone: benchmarks/compile-profile.sh
# Settings (environment): PROFILE_CASE (standard, iana, spec500 or holders50), CLASS_RUNS (3), JFR_RUNS (8),
# SKIP_BUILD=1 to profile the jars already built. JAVA_HOME picks the JDK.
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
if [ "${SKIP_BUILD:-}" != 1 ]; then
  mvn -B -q -Pbenchmarks -pl benchmarks -am -DskipTests -Dinvoker.skip=true -Dmaven.javadoc.skip=true \
    -Dmaven.source.skip=true clean package
fi
"$JAVA" -cp benchmarks/target/benchmarks.jar dev.statusgen.benchmarks.compile.CompileProfile \
  . benchmarks/target/compile-profile.md benchmarks/compile-profile.jfc
