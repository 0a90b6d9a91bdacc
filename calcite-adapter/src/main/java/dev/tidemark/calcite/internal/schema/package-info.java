/** SQL shapes of Tidemark tables: columns, types, value conversions and JSON. */
package dev.tidemark.calcite.internal.schema;
