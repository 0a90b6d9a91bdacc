/** The annotation processor that generates Tidemark mapper schemas at compile time. */
package dev.tidemark.mapper.processor;
