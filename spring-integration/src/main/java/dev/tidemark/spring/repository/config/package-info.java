/** {@code @EnableTidemarkRepositories} and the Spring Data configuration extension behind it. */
package dev.tidemark.spring.repository.config;
