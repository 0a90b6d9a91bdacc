/** The template ({@link dev.tidemark.spring.core.TidemarkOperations}) that repositories delegate to. */
package dev.tidemark.spring.core;
