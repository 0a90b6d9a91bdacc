/**
 * The object mapper: annotated classes, records and immutable classes stored as Tidemark items,
 * through an {@link dev.tidemark.mapper.EntityManager}.
 */
package dev.tidemark.mapper;
