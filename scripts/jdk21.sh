#!/usr/bin/env bash
# Runs a command with JAVA_HOME set to a JDK 21 or newer, found in this order: $JAVA_HOME, the `java` on
# the PATH, then the usual install folders (/usr/lib/jvm, /opt/java, ~/.sdkman, ~/.jdks).
#   scripts/jdk21.sh mvn -Pproduction package     # Vaadin's production build runs inside Maven's JVM
#   scripts/jdk21.sh --print                      # only print the JDK it found
set -euo pipefail

major_of() { # prints the major version of the JDK at $1, or nothing
  local release="$1/release"
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  if [ -f "$release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release"
  else
    "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
  fi
}

candidates=()
[ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
if command -v javac >/dev/null 2>&1; then
  candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
fi
for dir in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
  [ -d "$dir" ] && candidates+=("$dir")
done

best="" best_major=0
for dir in "${candidates[@]}"; do
  major=$(major_of "$dir")
  if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
    best="$dir" best_major="$major"
  fi
done

if [ -z "$best" ]; then
  echo "No JDK 21 or newer found (looked at JAVA_HOME, PATH, /usr/lib/jvm, /opt/java, ~/.sdkman, ~/.jdks)." >&2
  echo "Install one, e.g. Temurin 21+, and try again." >&2
  exit 1
fi

if [ "${1:-}" = "--print" ]; then
  echo "$best"
  exit 0
fi
export JAVA_HOME="$best"
export PATH="$JAVA_HOME/bin:$PATH"
exec "$@"
