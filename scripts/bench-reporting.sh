#!/usr/bin/env bash
# Times every reporting figure on the synthetic programme that scripts/generate-data.sh wrote (see
# docs/benchmarks.md, section E): p50/p95/max per figure and filter, EXPLAIN of every query, refresh cost.
# Runs on the test class path with the JDK that scripts/jdk21.sh finds; output kept under target/bench/.
#
#   scripts/bench-reporting.sh [database] [--name=value ...]   # database: default semnal_bench (not changed,
#                                                              # except three targets and 1,000 touched enrolments)
#
# Environment: BENCH_JAVA_OPTS (e.g. -Dbench.iterations=50), BENCH_DB_PORT (default 3306), BENCH_SKIP_BUILD=1 (reuse target/test-classes).
set -euo pipefail

cd "$(dirname "$0")/.."
source scripts/reporting-env.sh

if ! mysql_ -e "SELECT 1 FROM $DB.report_enrolment LIMIT 1" >/dev/null 2>&1; then
  echo "No reporting data in $DB: run scripts/generate-data.sh $DB first" >&2
  exit 2
fi

url="$URL"
out="target/bench/reporting-$DB-$stamp.txt"
echo "Machine: $(nproc) cores; $(uptime)" | tee "$out"
timeout --kill-after=30s 1800s \
  "$JAVA" -Duser.home="$PWD/target/home" ${BENCH_JAVA_OPTS:-} -cp "$CP" ro.semnal.reporting.ReportingBenchmark \
      "--spring.datasource.url=$url" "--spring.datasource.username=root" "--spring.datasource.password=" "$@" \
  2>&1 | grep -v -E '^[0-9T:.-]+Z +(INFO|DEBUG) ' | tee -a "$out"
status="${PIPESTATUS[0]}"
echo "After: $(uptime)" | tee -a "$out"
echo "Kept in $out"
exit "$status"
