/** Log compaction: copies the few live item images out of old log cycles and deletes the cycles. */
package dev.tidemark.engine.internal.compaction;
