/** The commit log (the database's source of truth, on Chronicle Queue) and atomic checkpoint files. */
package dev.tidemark.engine.internal.log;
