/** Runtime of pushed reads and of INSERT, UPDATE and DELETE, and the per-connection transaction. */
package dev.tidemark.calcite.internal.exec;
