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
source scripts/reporting-env.sh

if ! mysql_ -e 'select 1' >/dev/null 2>&1; then
  echo "MariaDB is down: starting it" >&2
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  for _ in $(seq 1 30); do mysql_ -e 'select 1' >/dev/null 2>&1 && break; sleep 1; done
fi
mysql_ -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

url="$URL&rewriteBatchedStatements=true"
out="target/bench/generate-$DB-$stamp.txt"
timeout --kill-after=30s 1800s \
  "$JAVA" -Duser.home="$PWD/target/home" -Dgen.learners="${GEN_LEARNERS:-100000}" -Dgen.seed="${GEN_SEED:-8}" \
      -cp "$CP" ro.semnal.bench.ReportingDataGenerator \
      "--spring.datasource.url=$url" "--spring.datasource.username=root" "--spring.datasource.password=" "$@" \
  2>&1 | tee "$out"
status="${PIPESTATUS[0]}"
echo "Kept in $out"
exit "$status"
