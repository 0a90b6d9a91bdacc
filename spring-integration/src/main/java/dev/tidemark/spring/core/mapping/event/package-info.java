/** Lifecycle events published by the template and the entity callbacks it runs (auditing is one). */
package dev.tidemark.spring.core.mapping.event;
