#!/usr/bin/env bash
# Runs the Tidemark workload harness with plain java.
#
#   benchmarks/run.sh engine [--quick] [--items N] [--only tidemark|anchor|accounting] [--scan-repeats R] [--seed S]
#   benchmarks/run.sh engine-extra [--quick] [--items N] [--report heap,reopen,large]
#   benchmarks/run.sh mapper [--quick] [--items N]   (mapper vs hand-written engine calls)
#   benchmarks/run.sh sql [--quick]       (the JDBC suite, anchor H2)
#
# Standard output holds only RESULT lines; progress goes to standard error.
# Environment: TIDEMARK_BENCH_SKIP_BUILD=1 skips the Maven build; TIDEMARK_BENCH_HEAP overrides
# the suite's heap (default 2g, shared by Tidemark and DynamoDB Local, which run in one JVM).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
target="benchmarks/target"

if [[ $# -eq 0 ]]; then
  sed -n '4,7p' "$0" | sed 's/^# *//' >&2
  exit 2
fi

if [[ "${TIDEMARK_BENCH_SKIP_BUILD:-0}" != "1" ]]; then
  # Builds the engine and this module, writes target/classpath.txt, copies the sqlite4java native
  # library into target/native and filters the parent POM's tidemark.jvm.flags into jvm.args.
  ./mvnw -q -pl benchmarks -am package -DskipTests >&2
fi

jvm_args_file="$target/classes/dev/tidemark/benchmarks/jvm.args"
native_dir="$root/$target/native"
native_lib="$(cd "$native_dir" && ls libsqlite4java-linux-amd64-*.so | head -n 1)"
if [[ ! -s "$jvm_args_file" || ! -s "$target/classpath.txt" || -z "$native_lib" ]]; then
  echo "benchmarks not built: run without TIDEMARK_BENCH_SKIP_BUILD" >&2
  exit 1
fi

# The one source of the JVM flags is the parent POM property tidemark.jvm.flags.
read -r -a jvm_flags < "$jvm_args_file"
heap="${TIDEMARK_BENCH_HEAP:-2g}"
data_dir="$root/$target/bench-data"
mkdir -p "$data_dir"

# DynamoDB Local: no telemetry; load sqlite4java from target/native instead of unpacking it to /tmp.
export DDB_LOCAL_TELEMETRY=0

# TIDEMARK_BENCH_JAVA_OPTS adds JVM options, e.g. a flight recording for profiling.
# shellcheck disable=SC2086
exec java "${jvm_flags[@]}" ${TIDEMARK_BENCH_JAVA_OPTS:-} \
  -Xms"$heap" -Xmx"$heap" \
  -Dchronicle.analytics.disable=true \
  -Dorg.sqlite.lib.path="$native_dir" \
  -Dorg.sqlite.lib.name="$native_lib" \
  -Dtidemark.bench.dir="$data_dir" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "$root/$target/classes:$(cat "$target/classpath.txt")" \
  dev.tidemark.benchmarks.BenchmarkMain "$@"
