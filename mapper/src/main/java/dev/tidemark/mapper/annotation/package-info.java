/** Annotations that map Java classes and records to Tidemark tables and items. */
package dev.tidemark.mapper.annotation;
