/** The Hibernate ORM dialect for Tidemark: {@link dev.tidemark.hibernate.TidemarkDialect} and its resolver. */
package dev.tidemark.hibernate;
