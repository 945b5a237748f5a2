#!/usr/bin/env bash
# Certificates (PDF generation) benchmark: certificates/second with 1 and 2 threads, render-time
# percentiles and the used heap after a full GC every 2,500 certificates. See docs/benchmarks.md, section C.
#   scripts/bench-certificates.sh                      # build, then 2,000 warm-up + 10,000 per run, 1 and 2 threads
#   scripts/bench-certificates.sh --quiet-wait=600     # shared machine: wait (max 600 s) until other processes are idle
#   scripts/bench-certificates.sh --n=2000 --threads=2 # arguments go to ro.semnal.bench.CertificateBenchmark
#   SKIP_BUILD=1 scripts/bench-certificates.sh         # reuse target/ from the last build
#   JAVA_OPTS="-XX:StartFlightRecording=filename=target/cert.jfr" scripts/bench-certificates.sh   # profile
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f target/test-classpath.txt ]; then
  mvn -q -B test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
fi

jdk="$(scripts/jdk21.sh --print)"
"$jdk/bin/java" -version 2>&1 | head -n 1
# shellcheck disable=SC2086
exec "$jdk/bin/java" -Xmx512m ${JAVA_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  ro.semnal.bench.CertificateBenchmark "$@"
