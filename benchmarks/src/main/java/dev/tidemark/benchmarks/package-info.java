/**
 * The Tidemark workload harness: runs one DynamoDB-shaped workload against Tidemark's engine and
 * against DynamoDB Local (embedded, in memory, in the same JVM) and prints one {@code RESULT} line
 * per phase. Start it through {@code benchmarks/run.sh}; see {@code docs/design/benchmarks.md}.
 */
package dev.tidemark.benchmarks;
