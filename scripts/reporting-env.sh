# Sourced by scripts/generate-data.sh and scripts/bench-reporting.sh (not run on its own): takes the optional
# database name off the arguments, finds the JDK, builds the test class path and defines the mysql client.
# Sets DB, PORT, JAVA, CP, URL (without the database-specific options), stamp; needs the project folder as cwd.
DB="semnal_bench"
PORT="${BENCH_DB_PORT:-3306}"
if [ $# -gt 0 ] && [[ "$1" != --* ]]; then DB="$1"; shift; fi
[[ "$DB" =~ ^[a-z0-9_]+$ ]] || { echo "the database name must be [a-z0-9_]+" >&2; exit 2; }

JAVA="$(scripts/jdk21.sh --print)/bin/java"
mkdir -p target/bench
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ] || [ ! -f target/test-classpath.txt ]; then
  mvn -q -DskipTests test-compile dependency:build-classpath \
      -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
fi
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
URL="jdbc:mysql://127.0.0.1:$PORT/$DB?useUnicode=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&serverTimezone=UTC&allowPublicKeyRetrieval=true&sslMode=DISABLED"
mysql_() { mysql -uroot -h127.0.0.1 -P"$PORT" "$@"; }
