/** Paging requests and scroll positions carrying Tidemark continuation tokens. */
package dev.tidemark.spring.core.query;
