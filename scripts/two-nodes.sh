#!/usr/bin/env bash
# Two production jars of Semnal on one MariaDB/MySQL database, driven by a check (TwoNodesCheck):
#   - both nodes start together on an empty database (Flyway's lock applies each migration once) and serve logins;
#   - many session reminders fire on the clustered scheduler and each mail is sent exactly once, counted
#     in the notification table and at an SMTP test server (GreenMail);
#   - one node is killed with kill -9 while it runs a reminder job: the other recovers the job (Quartz
#     cluster check-in + requestRecovery) and the mails it had not sent yet (abandoned-mail retry).
#   - a learner answers quiz questions on node a through Vaadin's protocol (ro.semnal.testsupport.vaadin.QuizTab)
#     before the kill; after it, the same learner resumes the attempt on node b, finds every answer and submits it.
#
#   scripts/two-nodes.sh              # builds the production jar if sources changed, then runs the check
#   scripts/two-nodes.sh --jar FILE   # uses an existing production jar
#
# Needs: a JDK 21+ (found by scripts/jdk21.sh), Maven, and MariaDB/MySQL on 127.0.0.1:3306 with a root
# account without password (override with DB_HOST, DB_PORT, DB_USER, DB_PASSWORD). The database
# `semnal_twonodes` is dropped and created again. Logs: target/two-nodes/.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT="$ROOT/target/two-nodes"
BUILD="$OUT/build"
JAR="$OUT/semnal.jar"
DB_HOST=${DB_HOST:-127.0.0.1} DB_PORT=${DB_PORT:-3306} DB_USER=${DB_USER:-root} DB_PASSWORD=${DB_PASSWORD:-}
DB=semnal_twonodes
mkdir -p "$OUT"
MVN_FLAGS=${MVN_FLAGS:-}

if [ "${1:-}" = "--jar" ]; then
  JAR=$(readlink -f "$2")
else
  # The production build runs in a copy of the sources, so it never touches this clone's target/classes
  # (a production build there would switch later test runs to production mode).
  STAMP="$OUT/sources.stamp" # when the sources of the jar were copied
  if [ ! -f "$JAR" ] || [ ! -f "$STAMP" ] || [ -n "$(find pom.xml src/main frontend -newer "$STAMP" -print -quit)" ]; then
    echo "==> building the production jar in $BUILD"
    rm -rf "$BUILD" "$STAMP" && mkdir -p "$BUILD"
    touch "$OUT/sources.next"
    cp -r pom.xml src frontend "$BUILD"/
    rm -rf "$BUILD/src/test"
    ( cd "$BUILD" && "$ROOT/scripts/jdk21.sh" mvn -B -q $MVN_FLAGS -Pproduction -Dmaven.test.skip=true package )
    cp "$BUILD"/target/semnal-*.jar "$JAR"
    mv "$OUT/sources.next" "$STAMP"
  else
    echo "==> reusing $JAR (no source is newer)"
  fi
fi

echo "==> fresh database $DB on $DB_HOST:$DB_PORT"
mysql --protocol=tcp -h"$DB_HOST" -P"$DB_PORT" -u"$DB_USER" ${DB_PASSWORD:+-p"$DB_PASSWORD"} -e \
  "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$DB?useUnicode=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&serverTimezone=UTC&allowPublicKeyRetrieval=true&sslMode=DISABLED"

echo "==> the check (nodes' logs in $OUT)"
JAVA_HOME=$(scripts/jdk21.sh --print)
started=$(date +%s)
mvn -B $MVN_FLAGS verify -Dit.test=TwoNodesCheck -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsemnal.test.profile=test,mysql,mariadb \
  -Dtwonodes.jar="$JAR" -Dtwonodes.java="$JAVA_HOME/bin/java" -Dtwonodes.out="$OUT" \
  -Dtwonodes.db.url="$DB_URL" -Dtwonodes.db.user="$DB_USER" -Dtwonodes.db.password="$DB_PASSWORD" \
  | tee "$OUT/check.log" | grep -E "Tests run:|FAIL|TwoNodesCheck|BUILD|\[two-nodes\]" || true
grep -q "BUILD SUCCESS" "$OUT/check.log" || { echo "two-nodes check FAILED: see $OUT/check.log and the node logs"; exit 1; }
echo "two-nodes check passed in $(( $(date +%s) - started )) s"
