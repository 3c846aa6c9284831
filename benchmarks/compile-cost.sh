#!/usr/bin/env bash
# Measures what the statusgen processor adds to a compile: javac wall time and peak memory of a holder compiled
# with the processor, against javac -proc:none on the same holder plus the sources that the processor
# generates. Cases: the standard table; a 500-code spec (every code 100-599); 50 holders in one compile.
# Each case runs RUNS times (default 7), alternating the two compiles; the figures are medians.
# Usage, from the repository root: benchmarks/compile-cost.sh   (writes benchmarks/target/compile-cost.md)
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-7}
WORK=benchmarks/target/compile-cost
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "needs GNU time at $TIME (Debian: apt-get install time)" >&2; exit 1; }

mvn -B -q -pl processor -am -DskipTests clean package
MACHINE="$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), \
load average $(cut -d' ' -f1-3 /proc/loadavg) at the start, $(date -u '+%Y-%m-%d %H:%M UTC')"
PROCESSOR=$(ls processor/target/statusgen-processor-*.jar | grep -v -e original -e sources -e javadoc)
ANNOTATIONS=$(ls annotations/target/statusgen-annotations-*.jar | grep -v -e sources -e javadoc)

rm -rf "$WORK"
mkdir -p "$WORK"

holder() { # holder <source root> <package> [annotation arguments]
  mkdir -p "$1/$2"
  printf 'package %s;\n\nimport dev.statusgen.HttpStatusTable;\n\n@HttpStatusTable%s\nfinal class Http {\n  private Http() {}\n}\n' \
    "$2" "${3:+($3)}" > "$1/$2/Http.java"
}

spec500() { # spec500 <file>: 5 classes and every code 100-599
  {
    echo '# 500 codes'
    echo
    echo 'Status Code | Id | Class | Description |'
    echo '---|---|---|---|'
    echo '100 - 199 | INFORMATIONAL | Informational responses | The request is being processed. |'
    echo '200 - 299 | SUCCESSFUL | Successful responses | The request was processed successfully. |'
    echo '300 - 399 | REDIRECTION | Redirection messages | Further action is required. |'
    echo '400 - 499 | CLIENT_ERROR | Client error responses | A client request error. |'
    echo '500 - 599 | SERVER_ERROR | Server error responses | The server encountered an error. |'
    echo
    echo 'Status Code | Name | Tags | Description |'
    echo '---|---|---|---|'
    for code in $(seq 100 599); do
      echo "$code | Status $code |  | The response with code $code, generated to measure a large spec. |"
    done
  } > "$1"
}

# The cases: name, then the extra javac options of the compile with the processor.
mkdir -p "$WORK/standard/src" "$WORK/spec500/src" "$WORK/holders50/src" "$WORK/spec500/specs"
holder "$WORK/standard/src" p
spec500 "$WORK/spec500/specs/codes-500.md"
holder "$WORK/spec500/src" p 'spec = "codes-500.md"'
for i in $(seq -w 1 50); do holder "$WORK/holders50/src" "p$i"; done
declare -A OPTIONS=([standard]="" [spec500]="-Astatusgen.specDir=$WORK/spec500/specs" [holders50]="")
CASES=(standard spec500 holders50)
declare -A SUMMARY

# timed <log> <command...>: appends "wall-milliseconds peak-RSS-kilobytes CPU-seconds" of one run to <log>.
timed() {
  local log=$1 start end
  shift
  start=$(date +%s%N)
  "$TIME" -f '%M %U %S' -o "$WORK/usage" "$@" > "$WORK/javac.out" 2>&1 || { cat "$WORK/javac.out" >&2; exit 1; }
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $(tail -1 "$WORK/usage" | awk '{ print $1, $2 + $3 }')" >> "$log"
}

median() { # median <log> <column>
  sort -n -k"$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

for case in "${CASES[@]}"; do
  dir=$WORK/$case
  holders=$(find "$dir/src" -name '*.java' | sort)
  # Once with the processor, to get the sources that it generates and count how often it reads a spec.
  mkdir -p "$dir/gen" "$dir/out"
  javac -cp "$ANNOTATIONS" -processorpath "$PROCESSOR" ${OPTIONS[$case]} -Astatusgen.verbose=true \
    -s "$dir/gen" -d "$dir/out" $holders > "$dir/verbose.out" 2>&1
  generated=$(find "$dir/gen" -name '*.java' | sort)
  SUMMARY[$case]="$(echo "$holders" | wc -l) holder(s), $(echo "$generated" | wc -l) generated sources\
 ($(cat $generated | wc -l) lines), spec read $(grep -c 'reading the spec' "$dir/verbose.out") time(s)"
  echo "$case: ${SUMMARY[$case]}" >&2
  for run in $(seq "$RUNS"); do
    for mode in proc none; do
      [ $((run % 2)) -eq 0 ] && mode=$([ "$mode" = proc ] && echo none || echo proc)
      rm -rf "$dir/out" && mkdir "$dir/out"
      if [ "$mode" = proc ]; then
        timed "$dir/proc.log" javac -cp "$ANNOTATIONS" -processorpath "$PROCESSOR" ${OPTIONS[$case]} -d "$dir/out" $holders
      else
        timed "$dir/none.log" javac -cp "$ANNOTATIONS" -proc:none -d "$dir/out" $holders $generated
      fi
    done
  done
done

{
  echo "javac $(javac -version 2>&1 | cut -d' ' -f2); $MACHINE; $RUNS runs per compile, medians."
  echo
  echo "| Case | wall with processor (ms) | wall -proc:none (ms) | wall ratio | processor time (ms) | CPU with (s) | CPU -proc:none (s) | CPU ratio | peak RSS with (MB) | peak RSS -proc:none (MB) | RSS ratio |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  declare -A PROCESSOR_MS PROCESSOR_CPU
  for case in "${CASES[@]}"; do
    dir=$WORK/$case
    with=$(median "$dir/proc.log" 1)
    none=$(median "$dir/none.log" 1)
    with_rss=$(median "$dir/proc.log" 2)
    none_rss=$(median "$dir/none.log" 2)
    with_cpu=$(median "$dir/proc.log" 3)
    none_cpu=$(median "$dir/none.log" 3)
    PROCESSOR_MS[$case]=$(awk -v a="$with" -v b="$none" 'BEGIN { print a - b }')
    PROCESSOR_CPU[$case]=$(awk -v a="$with_cpu" -v b="$none_cpu" 'BEGIN { print a - b }')
    awk -v c="$case" -v a="$with" -v b="$none" -v ca="$with_cpu" -v cb="$none_cpu" -v ra="$with_rss" -v rb="$none_rss" 'BEGIN {
      printf "| %s | %d | %d | %.2f | %d | %.2f | %.2f | %.2f | %.0f | %.0f | %.2f |\n",
        c, a, b, a / b, a - b, ca, cb, ca / cb, ra / 1024, rb / 1024, ra / rb }'
  done
  echo
  for case in "${CASES[@]}"; do
    echo "- $case: ${SUMMARY[$case]}."
  done
  for measure in wall CPU; do
    if [ $measure = wall ]; then s=${PROCESSOR_MS[standard]} l=${PROCESSOR_MS[spec500]} h=${PROCESSOR_MS[holders50]}
    else s=${PROCESSOR_CPU[standard]} l=${PROCESSOR_CPU[spec500]} h=${PROCESSOR_CPU[holders50]}; fi
    awk -v m=$measure -v s="$s" -v l="$l" -v h="$h" 'BEGIN {
      printf "- Processor time (%s, with minus -proc:none): 500-code spec %.2fx the standard table'"'"'s, 50 holders %.2fx one holder'"'"'s.\n",
        m, (s > 0 ? l / s : 0), (s > 0 ? h / s : 0) }'
  done
} | tee benchmarks/target/compile-cost.md
