/** The Calcite adapter: SQL schemas and tables over Tidemark databases, with key and index pushdown. */
package dev.tidemark.calcite;
