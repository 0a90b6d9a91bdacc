/** Engine metrics: a small sink interface and its Micrometer implementation, loaded only when a registry is configured. */
package dev.tidemark.engine.internal.metrics;
