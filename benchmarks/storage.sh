#!/usr/bin/env bash
# Attachment storage benchmark (prints figures; asserts nothing): puts/s and MB/s of the file-system BlobStore for
# 100 KB and 5 MB uploads on 1 and 4 threads, re-uploads of stored content, and a verification pass over everything.
# The store runs in this JVM exactly as in Karaf (stream once, SHA-256, sniff, fsync, atomic rename) on a directory:
# a fresh one under /tmp, or the one given, e.g. the NFS mount a cluster will share (a sub-directory is created and
# removed afterwards). Usage: benchmarks/storage.sh [directory]   (MVN_ARGS="-Dmaven.repo.local=..." if needed)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BASE=${1:-/tmp}
WORK=$(mktemp -d "$BASE/motcua-storage-bench.XXXXXX")
trap 'chmod -R u+w "$WORK" 2>/dev/null; rm -rf "$WORK"' EXIT
cd "$ROOT"
if [ ! -d bundles/storage/fs/target/classes ]; then
  mvn -B -q -ntp ${MVN_ARGS:-} install -DskipTests -pl bundles/storage/fs -am
fi
mvn -B -q -ntp ${MVN_ARGS:-} dependency:build-classpath -pl bundles/storage/fs -Dmdep.outputFile="$WORK/classpath" \
  -Dmdep.includeScope=test >/dev/null
CP="bundles/storage/fs/target/classes:bundles/storage/api/target/classes:$(cat "$WORK/classpath")"
echo "MotCua storage benchmark — $(date -u +%FT%TZ), $(nproc) cores, $(java -version 2>&1 | head -n 1)"
java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$CP" benchmarks/StorageBench.java "$WORK/blobs"
