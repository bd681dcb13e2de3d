#!/usr/bin/env bash
# Measures the search API's latency on a running Backboard (./mvnw spring-boot:run) with wrk,
# rotating a mix of 30 searches. Usage: bench/search-latency.sh [base-url] [seconds] [connections]
set -euo pipefail
BASE=${1:-http://localhost:8080}
SECONDS_TO_RUN=${2:-30}
CONNECTIONS=${3:-4}
THREADS=$(( CONNECTIONS < 2 ? 1 : 2 ))
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
cd "$(dirname "$0")"
echo "Warming up for 10 s..."
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -s search-mix.lua "$BASE" >/dev/null
echo "Measuring for ${SECONDS_TO_RUN} s with ${CONNECTIONS} connections:"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_TO_RUN}s" --latency -s search-mix.lua "$BASE"
