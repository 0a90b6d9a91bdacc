/** The engine's implementation: the database, its tables and the write and read paths. Not an API. */
package dev.tidemark.engine.internal;
