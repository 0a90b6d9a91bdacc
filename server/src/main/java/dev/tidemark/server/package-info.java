/** The network server: a Tidemark database served to remote JDBC clients, and its command line. */
package dev.tidemark.server;
