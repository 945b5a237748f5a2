#!/usr/bin/env bash
# Fills a fresh MariaDB database with synthetic programme data for the reporting benchmark (see
# docs/benchmarks.md, section E): 100,000 learners by default, their enrolments, progress, attempts,
# certificates and cohorts, then rebuilds the reporting facts. Runs on the test class path with the JDK that
# scripts/jdk21.sh finds; output kept under target/bench/.
#
#   scripts/generate-data.sh [database] [--name=value ...]   # database: default semnal_bench (DROPPED first)
#
# Environment: GEN_LEARNERS (default 100000), GEN_SEED (default 8), BENCH_DB_PORT (default 3306), BENCH_SKIP_BUILD=1 (reuse target/test-classes).
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

mysql_() { mysql -uroot -h127.0.0.1 -P"$PORT" "$@"; }
if ! mysql_ -e 'select 1' >/dev/null 2>&1; then
  echo "MariaDB is down: starting it" >&2
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  for _ in $(seq 1 30); do mysql_ -e 'select 1' >/dev/null 2>&1 && break; sleep 1; done
fi
mysql_ -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

url="jdbc:mysql://127.0.0.1:$PORT/$DB?useUnicode=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&serverTimezone=UTC&allowPublicKeyRetrieval=true&sslMode=DISABLED&rewriteBatchedStatements=true"
out="target/bench/generate-$DB-$stamp.txt"
timeout --kill-after=30s 1800s \
  "$JAVA" -Duser.home="$PWD/target/home" -Dgen.learners="${GEN_LEARNERS:-100000}" -Dgen.seed="${GEN_SEED:-8}" \
      -cp "$CP" ro.semnal.bench.ReportingDataGenerator \
      "--spring.datasource.url=$url" "--spring.datasource.username=root" "--spring.datasource.password=" "$@" \
  2>&1 | tee "$out"
status="${PIPESTATUS[0]}"
echo "Kept in $out"
exit "$status"
