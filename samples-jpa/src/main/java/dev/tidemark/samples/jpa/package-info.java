/** A Spring Data JPA library application running on Tidemark through JDBC and Hibernate. */
package dev.tidemark.samples.jpa;
