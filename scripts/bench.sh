#!/usr/bin/env bash
# Semnal's benchmarks (see docs/benchmarks.md). Both run on the test class path with the JDK that
# scripts/jdk21.sh finds; results are printed and kept under target/bench/.
#
#   scripts/bench.sh grading [JMH options]       # JMH: Grader on a 15-question attempt and on one scenario
#   scripts/bench.sh passwords [JMH options]     # JMH: one bcrypt verification at cost 10..13 (sign-in cost)
#   scripts/bench.sh attempts [N] [--name=value]  # N learners (default 300) take the same timed quiz at once
#                                                 # on MariaDB (127.0.0.1:3306, root, database semnal_bench)
#
# Environment: BENCH_JAVA_OPTS (extra JVM options for the attempts run, e.g. -Dbench.threads=platform),
# BENCH_DB (database name, default semnal_bench), BENCH_SKIP_BUILD=1 (reuse target/test-classes).
set -euo pipefail

cd "$(dirname "$0")/.."
mode="${1:-}"
[ $# -gt 0 ] && shift
case "$mode" in
  grading|passwords|attempts) ;;
  *) echo "usage: scripts/bench.sh grading|passwords [JMH options] | attempts [N] [--name=value ...]" >&2; exit 2 ;;
esac

JDK="$(scripts/jdk21.sh --print)"
JAVA="$JDK/bin/java"
mkdir -p target/bench
stamp="$(date -u +%Y%m%dT%H%M%SZ)"

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ] || [ ! -f target/test-classpath.txt ]; then
  # Compiles main and test sources (JMH's annotation processor generates the harness) and writes the
  # test class path; no tests run.
  mvn -q -DskipTests test-compile dependency:build-classpath \
      -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
fi
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"

if [ "$mode" = grading ]; then
  # 2 cores: one fork, one benchmark thread, 3 x 5 s warm-up and 5 x 3 s measurement per mode.
  out="target/bench/grading-$stamp.txt"
  "$JAVA" -cp "$CP" org.openjdk.jmh.Main 'ro.semnal.bench.GradingBenchmark' \
      -f 1 -t 1 -wi 3 -w 5s -i 5 -r 3s -bm thrpt,avgt -tu us \
      -rf json -rff "target/bench/grading-$stamp.json" "$@" | tee "$out"
  echo "Kept in $out"
  exit 0
fi

if [ "$mode" = passwords ]; then
  # One fork, one thread: the time of one hash while the other core stays free for the rest of the app.
  out="target/bench/passwords-$stamp.txt"
  "$JAVA" -cp "$CP" org.openjdk.jmh.Main 'ro.semnal.bench.PasswordHashBenchmark' \
      -f 1 -t 1 -rf json -rff "target/bench/passwords-$stamp.json" "$@" | tee "$out"
  echo "Kept in $out"
  exit 0
fi

# attempts: a fresh utf8mb4 database on the local MariaDB (started if it is down), then the load run.
N=300
if [ $# -gt 0 ] && [[ "$1" =~ ^[0-9]+$ ]]; then N="$1"; shift; fi
DB="${BENCH_DB:-semnal_bench}"
[[ "$DB" =~ ^[a-z0-9_]+$ ]] || { echo "BENCH_DB must be [a-z0-9_]+" >&2; exit 2; }
mysql_() { mysql -uroot -h127.0.0.1 -P3306 "$@"; }
if ! mysql_ -e 'select 1' >/dev/null 2>&1; then
  echo "MariaDB is down: starting it" >&2
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  for _ in $(seq 1 30); do mysql_ -e 'select 1' >/dev/null 2>&1 && break; sleep 1; done
fi
mysql_ -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

url="jdbc:mysql://127.0.0.1:3306/$DB?useUnicode=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&serverTimezone=UTC&allowPublicKeyRetrieval=true&sslMode=DISABLED"
out="target/bench/attempts-$N-$stamp.txt"
# A hard stop on top of the benchmark's own deadline (-Dbench.timeoutSeconds, default 300 s).
# user.home under target/, as in the tests, so the run leaves nothing in the real home folder.
timeout --kill-after=30s 900s \
  "$JAVA" -Duser.home="$PWD/target/home" -Dbench.learners="$N" ${BENCH_JAVA_OPTS:-} \
      -cp "$CP" ro.semnal.bench.AttemptLoadBenchmark \
      "--spring.datasource.url=$url" "--spring.datasource.username=root" "--spring.datasource.password=" "$@" \
  2>&1 | tee "$out"
status="${PIPESTATUS[0]}"
echo "Kept in $out"
exit "$status"
