/** Entities shared by the Hibernate tests. */
package dev.tidemark.hibernate.entities;
