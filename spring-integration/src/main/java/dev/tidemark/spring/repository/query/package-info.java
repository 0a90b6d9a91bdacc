/** Derived query methods: planning onto the table or an index, and running them with keyset paging. */
package dev.tidemark.spring.repository.query;
