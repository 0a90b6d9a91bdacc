/** Java configuration: {@code @EnableTidemarkAuditing}. */
package dev.tidemark.spring.config;
