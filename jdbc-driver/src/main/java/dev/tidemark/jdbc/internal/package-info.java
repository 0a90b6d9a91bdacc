/** Connection, statement and metadata wrappers over Calcite, URL parsing and SQLState mapping. */
package dev.tidemark.jdbc.internal;
