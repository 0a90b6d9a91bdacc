/** Conversion between repository identifiers (simple values, key classes, mapper keys) and mapper keys. */
package dev.tidemark.spring.core.convert;
