/** The data model's rules: number normalisation, value ordering and validation, item size, key and item encodings. */
package dev.tidemark.engine.internal.value;
