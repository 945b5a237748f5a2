#!/usr/bin/env bash
# Checks course folders with the same rules as Semnal's import, without starting the application.
#   scripts/check-courses.sh                    # every course under courses/
#   scripts/check-courses.sh courses/police     # one course
# Needs a built project (`mvn compile` once); exits 1 when a course is refused.
set -euo pipefail
cd "$(dirname "$0")/.."
CP_FILE=target/classpath.txt
if [ ! -f "$CP_FILE" ] || [ pom.xml -nt "$CP_FILE" ]; then
  mvn -q -B dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null
fi
[ -d target/classes ] || mvn -q -B compile
exec "$(scripts/jdk21.sh --print)/bin/java" -cp "target/classes:$(cat "$CP_FILE")" ro.semnal.catalog.content.CourseCheck "$@"
