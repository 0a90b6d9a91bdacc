/** The embedded Tidemark database: open a {@link dev.tidemark.engine.Database}, then use its DynamoDB-shaped operations. */
package dev.tidemark.engine;
