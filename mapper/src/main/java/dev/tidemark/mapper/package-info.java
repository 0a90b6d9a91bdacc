/** The object mapper from annotated classes and records to items (filled by the mapper issue). */
package dev.tidemark.mapper;
