/** Sample 1: an online store in one Tidemark table, on Spring Boot with Tidemark repositories. */
package dev.tidemark.samples.store;
