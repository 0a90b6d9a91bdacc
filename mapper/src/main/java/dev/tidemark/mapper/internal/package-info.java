/** Implementation of the mapper: schemas, converters, operations. Not a public API. */
package dev.tidemark.mapper.internal;
