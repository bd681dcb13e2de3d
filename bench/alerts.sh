#!/usr/bin/env bash
# The alerts benchmark: starts Backboard in one JVM (-Xmx2g) with its own data directory
# (bench/data/alerts-<time>, never ./data) and its demo jobs as the searchable corpus, writes
# generated saved searches modelled on demo jobs (stacks, places, pay), publishes new demo jobs
# through the jobs module, and prints how fast they were matched, the time from a job's commit to
# its first alert and the heap the reverse index takes; the figures also go to bench/results/.
#
# Usage: bench/alerts.sh [--searches=100000] [--jobs=10000] [--corpus=10000]
set -euo pipefail
. "$(dirname "$0")/classpath.sh"

mkdir -p bench/data bench/results

"$JAVA" -Xmx2g --enable-native-access=ALL-UNNAMED ${BENCH_JVM_OPTS:-} -cp "$CP" dev.backboard.bench.AlertsBenchmark \
  --results=bench/results "$@"
