/** Capacity accounting, token-bucket throttling, per-table capacity settings and auto scaling. */
package dev.tidemark.engine.internal.capacity;
