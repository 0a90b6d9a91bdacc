/** SQL DDL (CREATE/DROP TABLE and INDEX) parsed and run as engine table operations. */
package dev.tidemark.calcite.internal.ddl;
