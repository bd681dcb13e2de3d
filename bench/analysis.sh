#!/usr/bin/env bash
# The text analysis benchmark: the CPU time per description of a result card's summary and of
# the English analysis (the technology symbol rewrites included), which indexing pays per job
# and highlighting per hit. Prints a line per round and a checksum that stays the same while
# the output does. Compare two commits by running it at each, one after the other.
#
# Usage: bench/analysis.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

./mvnw -q -B -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
"$JAVA" -cp "$CP" dev.backboard.search.internal.AnalysisBenchmark
