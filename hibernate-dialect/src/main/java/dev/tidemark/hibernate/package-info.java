/** The Hibernate ORM dialect over the JDBC driver (filled by the Hibernate issue). */
package dev.tidemark.hibernate;
