/** Time to live: the per-table setting, the expiry rule and the background sweeper that deletes expired items. */
package dev.tidemark.engine.internal.ttl;
