#!/usr/bin/env bash
# The benchmark: loads N generated jobs (default 1,000,000) into its own data directory
# (bench/data/<N>, never ./data), starts Backboard with -Xmx2g and the benchmark endpoints, then
# measures search (engine and PostgreSQL baseline), job pages, freshness and memory, and writes
# bench/results/. A second run with the same N reuses the loaded data.
#
# Usage: bench/run.sh [jobs] [extra harness options, e.g. --open-loop-seconds=60 --step-seconds=15]
# BENCH_JVM_OPTS adds JVM options to the node (e.g. a JFR recording), BENCH_APP_ARGS adds
# application arguments (e.g. --bench.facet-counter=engine for the engine's aggregations).
set -euo pipefail
cd "$(dirname "$0")/.."
JOBS=${1:-1000000}
shift || true
if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
PORT=${BENCH_PORT:-18080}
DATA=bench/data/$JOBS

./mvnw -q -B -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
mkdir -p "$DATA"

echo "Starting Backboard on port $PORT with $JOBS jobs in $DATA (log: $DATA/app.log)"
"$JAVA" -Xmx2g --enable-native-access=ALL-UNNAMED ${BENCH_JVM_OPTS:-} -cp "$CP" dev.backboard.bench.BenchApplication \
  --server.port="$PORT" --backboard.data-dir="$DATA" ${BENCH_APP_ARGS:-} \
  --backboard.demo.enabled=true --backboard.demo.jobs="$JOBS" \
  --logging.level.org.hibernate.search.mapper.massindexing=info > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT

"$JAVA" -cp "$CP" dev.backboard.bench.Benchmark --base-url="http://localhost:$PORT" --jobs="$JOBS" \
  --results=bench/results "$@"
