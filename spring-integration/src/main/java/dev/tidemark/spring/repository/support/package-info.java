/** Repository factory, entity information and the base repository implementation. */
package dev.tidemark.spring.repository.support;
