#!/usr/bin/env bash
# Load test through Vaadin's client protocol (see docs/benchmarks.md, section D). The driver is a test-source
# class (src/test/java/ro/semnal/load); the application is the production jar on 127.0.0.1 against MariaDB.
#
#   scripts/load.sh build                       # production jar + test classes and class path
#   scripts/load.sh start                       # start the jar on 127.0.0.1:$LOAD_PORT, database $LOAD_DB (created if missing)
#   scripts/load.sh seed [N]                    # N learners (default 600) enrolled in core-trafficking, attempts reset
#   scripts/load.sh run [--name=value ...]      # the driver: --users=100 --ramp=60 --duration=300 --think=30-90
#                                               #   --quiz-think=30-90 --mode=scenario|hold|barrier (LoadConfig)
#   scripts/load.sh heap [N]                    # live heap per open UI: N UIs held open, class histograms before/after
#   scripts/load.sh barrier [N]                 # N learners start the same quiz at the same instant
#   scripts/load.sh stop                        # stop the jar started by 'start'
#
# Environment: LOAD_PORT (8090), LOAD_DB (semnal_load), LOAD_JAVA_OPTS (JVM options of the app, default -Xmx2g),
# LOAD_BCRYPT_COST (cost of the seeded learners' hash, default 12 as the app's), LOAD_APP_ARGS (extra
# --name=value for the app), LOAD_DB_PARAMS (appended to the app's JDBC URL, e.g.
# '&profileSQL=true&logger=Slf4JLogger' to log every statement). Outputs and the app's log go to target/load/.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${LOAD_PORT:-8090}"
DB="${LOAD_DB:-semnal_load}"
[[ "$DB" =~ ^[a-z0-9_]+$ ]] || { echo "LOAD_DB must be [a-z0-9_]+" >&2; exit 2; }
JDK="$(scripts/jdk21.sh --print)"
JAVA="$JDK/bin/java"
OUT=target/load
mkdir -p "$OUT"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
URL="jdbc:mysql://127.0.0.1:3306/$DB?useUnicode=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&serverTimezone=UTC&allowPublicKeyRetrieval=true&sslMode=DISABLED"
JAR=target/semnal-0.1.0-SNAPSHOT.jar
PASSWORD=load-learner-2026

mysql_() { mysql -uroot -h127.0.0.1 -P3306 "$@"; }
classpath() {
  [ -f target/test-classpath.txt ] || { echo "run 'scripts/load.sh build' first" >&2; exit 1; }
  echo "target/test-classes:target/classes:$(cat target/test-classpath.txt)"
}
app_pid() { [ -f "$OUT/app.pid" ] && kill -0 "$(cat "$OUT/app.pid")" 2>/dev/null && cat "$OUT/app.pid"; }
driver() { "$JAVA" -Xss512k -cp "$(classpath)" ro.semnal.load.LoadTest "--base=http://127.0.0.1:$PORT/" "$@"; }
# A full GC, then the live objects: the class histogram's total and the counts of UIs and sessions.
histogram() {
  local pid="$1" file="$2"
  "$JDK/bin/jcmd" "$pid" GC.class_histogram > "$file"
  awk '/^Total/ {printf "live heap %.1f MiB (%d objects)\n", $3/1048576, $2}' "$file"
  grep -E ' (com\.vaadin\.flow\.component\.UI|com\.vaadin\.flow\.server\.VaadinSession|org\.apache\.catalina\.session\.StandardSession)$' "$file" \
    | awk '{print "  " $2 " × " $4}'
}

case "${1:-}" in
  build)
    scripts/jdk21.sh mvn -B -q -Pproduction -DskipTests package
    mvn -B -q -DskipTests test-compile dependency:build-classpath \
        -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
    ;;
  start)
    [ -z "$(app_pid || true)" ] || { echo "already running: pid $(app_pid)"; exit 0; }
    [ -f "$JAR" ] || { echo "run 'scripts/load.sh build' first" >&2; exit 1; }
    mysql_ -e "CREATE DATABASE IF NOT EXISTS $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    # loopback only; the admin password only matters because the first start must not print a random one here
    SEMNAL_DB_URL="$URL${LOAD_DB_PARAMS:-}" SEMNAL_DB_USER=root SEMNAL_DB_PASSWORD= SEMNAL_ADMIN_PASSWORD="load-cheie-$RANDOM$RANDOM" \
      nohup "$JAVA" ${LOAD_JAVA_OPTS:--Xmx2g} -jar "$JAR" --spring.profiles.active=mysql,mariadb \
      --server.address=127.0.0.1 --server.port="$PORT" ${LOAD_APP_ARGS:-} > "$OUT/app.log" 2>&1 &
    echo $! > "$OUT/app.pid"
    for _ in $(seq 1 120); do
      curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && { echo "started: pid $(cat "$OUT/app.pid")"; exit 0; }
      kill -0 "$(cat "$OUT/app.pid")" 2>/dev/null || { tail -20 "$OUT/app.log"; exit 1; }
      sleep 1
    done
    echo "not healthy after 120 s" >&2; exit 1
    ;;
  stop)
    pid="$(app_pid || true)"
    [ -n "$pid" ] && kill "$pid" && while kill -0 "$pid" 2>/dev/null; do sleep 1; done
    rm -f "$OUT/app.pid"
    ;;
  seed)
    "$JAVA" -cp "$(classpath)" ro.semnal.load.LoadSeed "$URL&rewriteBatchedStatements=true" root "" \
        "${2:-600}" core-trafficking "$PASSWORD" "${LOAD_BCRYPT_COST:-12}" 2>&1 | grep -v -e 'OpenTelemetry' -e 'otel.java'
    exit "${PIPESTATUS[0]}"
    ;;
  run)
    shift
    driver "$@" 2>&1 | grep -v -e 'OpenTelemetry' -e 'otel.java' | tee "$OUT/run-$stamp.txt"
    exit "${PIPESTATUS[0]}"
    ;;
  barrier)
    # Learners sign in and open the quiz page over the ramp-up; once all are there (plus 5 s, in which a JFR
    # recording of the app starts when LOAD_JFR=1), all press "start" at the same instant, then answer with
    # 1-3 s pauses and submit.
    n="${2:-300}"; shift $(( $# > 1 ? 2 : 1 ))
    pid="$(app_pid)" || { echo "start the app first" >&2; exit 1; }
    log="$OUT/barrier-$n-$stamp.txt"
    rm -f "$OUT/ready"
    "$JAVA" -Dload.barrierDelayMillis=5000 -cp "$(classpath)" ro.semnal.load.LoadTest "--base=http://127.0.0.1:$PORT/" \
        --mode=barrier --users="$n" --ramp=60 --duration=420 --think=0-1 --quiz-think=1-3 "$@" 2>/dev/null > "$log" &
    drv=$!
    for _ in $(seq 1 400); do [ -f "$OUT/ready" ] || ! kill -0 "$drv" 2>/dev/null && break; sleep 0.5; done
    cpu_() { # CPU seconds used so far by the app, and by the whole machine (all processes)
      awk '{printf "%.1f ", ($14+$15)/100}' "/proc/$pid/stat"
      awk '/^cpu / {printf "%.1f", ($2+$3+$4+$7+$8)/100}' /proc/stat
    }
    status_() { mysql_ -N -e "SHOW GLOBAL STATUS WHERE Variable_name IN ('Questions','Com_commit','Innodb_row_lock_waits')" | tr '\n' ' '; }
    before="$(status_)"; cpu_before="$(cpu_)"; t0=$(date +%s.%N)
    if [ "${LOAD_JFR:-0}" = 1 ]; then
      "$JDK/bin/jcmd" "$pid" JFR.start name=barrier settings=profile filename="$PWD/$OUT/barrier-$n-$stamp.jfr" >/dev/null
    fi
    status=0; wait "$drv" || status=$?
    cpu_after="$(cpu_)"; t1=$(date +%s.%N)
    [ "${LOAD_JFR:-0}" = 1 ] && "$JDK/bin/jcmd" "$pid" JFR.stop name=barrier >/dev/null
    { echo "MariaDB (whole server, other databases included) before: $before"; echo "after: $(status_)";
      echo "$cpu_before $cpu_after $t0 $t1" | awk '{w=$6-$5; printf "from the barrier to the end: %.1f s; CPU s used by the app %.1f, by all other processes %.1f (of %.1f on 2 cores)\n", w, $3-$1, ($4-$2)-($3-$1), 2*w}'
    } >> "$log"
    cat "$log"
    exit "$status"
    ;;
  heap)
    n="${2:-500}"
    pid="$(app_pid)" || { echo "start the app first" >&2; exit 1; }
    log="$OUT/heap-$n-$stamp.txt"
    { echo "before ($(cat /proc/loadavg))"; histogram "$pid" "$OUT/histo-before-$stamp.txt"; } | tee "$log"
    rm -f "$OUT/ready"
    driver --mode=hold --users="$n" --ramp=60 --duration=300 --think=0-1 2>/dev/null \
      > "$OUT/hold-$n-$stamp.txt" &
    hold=$!
    for _ in $(seq 1 280); do [ -f "$OUT/ready" ] && break; sleep 1; done
    sleep 5
    { grep HOLDING "$OUT/hold-$n-$stamp.txt" || true; echo "with $n UIs open";
      histogram "$pid" "$OUT/histo-after-$stamp.txt"; } | tee -a "$log"
    awk -v n="$n" '/^Total/ {t[FNR==NR?"b":"a"]=$3} END {printf "live heap per UI: %.1f KiB\n", (t["a"]-t["b"])/n/1024}' \
      "$OUT/histo-before-$stamp.txt" "$OUT/histo-after-$stamp.txt" | tee -a "$log"
    kill "$hold" 2>/dev/null || true
    wait "$hold" 2>/dev/null || true
    ;;
  *)
    sed -n '2,17p' "$0" >&2; exit 2 ;;
esac
