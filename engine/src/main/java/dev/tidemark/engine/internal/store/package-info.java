/** In-memory key directories, item bodies read from the commit log with a hot-item cache, log record formats, checkpoints and recovery. */
package dev.tidemark.engine.internal.store;
