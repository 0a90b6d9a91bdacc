/** The Calcite adapter: SQL tables over Tidemark tables (filled by the SQL issue). */
package dev.tidemark.calcite;
