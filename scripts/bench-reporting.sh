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
DB="semnal_bench"
PORT="${BENCH_DB_PORT:-3306}"
if [ $# -gt 0 ] && [[ "$1" != --* ]]; then DB="$1"; shift; fi
[[ "$DB" =~ ^[a-z0-9_]+$ ]] || { echo "the database name must be [a-z0-9_]+" >&2; exit 2; }

JDK="$(scripts/jdk21.sh --print)"
JAVA="$JDK/bin/java"
mkdir -p target/bench
stamp="$(date -u +%Y%m%dT%H%M%SZ)"

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ] || [ ! -f target/test-classpath.txt ]; then
  mvn -q -DskipTests test-compile dependency:build-classpath \
      -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
fi
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"

if ! mysql -uroot -h127.0.0.1 -P"$PORT" -e "SELECT 1 FROM $DB.report_enrolment LIMIT 1" >/dev/null 2>&1; then
  echo "No reporting data in $DB: run scripts/generate-data.sh $DB first" >&2
  exit 2
fi

url="jdbc:mysql://127.0.0.1:$PORT/$DB?useUnicode=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&serverTimezone=UTC&allowPublicKeyRetrieval=true&sslMode=DISABLED"
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
