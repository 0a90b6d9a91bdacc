/** The JDBC driver for jdbc:tidemark: URLs (filled by the SQL issue). */
package dev.tidemark.jdbc;
