#!/usr/bin/env bash
# The text analysis benchmark: the CPU time per description of a result card's summary and of
# the English analysis (the technology symbol rewrites included), which indexing pays per job
# and highlighting per hit. Prints a line per round and a checksum that stays the same while
# the output does. Compare two commits by running it at each, one after the other.
#
# Usage: bench/analysis.sh
set -euo pipefail
. "$(dirname "$0")/classpath.sh"

"$JAVA" -cp "$CP" dev.backboard.search.internal.AnalysisBenchmark
