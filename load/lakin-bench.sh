#!/usr/bin/env bash
# Kupang's 2024 LAKIN, PDF + DOCX warm, and LibreOffice converting our DOCX: see docs/benchmarks.md.
# Usage: load/lakin-bench.sh [WARMUP ROUNDS SOFFICE_ROUNDS]   (from the project directory)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
export KINERJA_DATA_DIR="${KINERJA_DATA_DIR:-$(mktemp -d /tmp/lakin-bench.XXXXXX)}"
java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" id.kinerja.report.bench.LakinBenchmark "$@"
