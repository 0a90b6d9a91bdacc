/** Implementation of the Tidemark Hibernate dialect: temporal text types, schema exporters, lock refusal. */
package dev.tidemark.hibernate.internal;
