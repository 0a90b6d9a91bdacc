/** The JDBC driver for jdbc:tidemark: URLs and its DataSource. */
package dev.tidemark.jdbc;
