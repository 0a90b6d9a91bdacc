/** The key and index metamodel of mapped entities that repositories plan their queries with. */
package dev.tidemark.spring.core.mapping;
