/** The network server and the tidemark command line (filled by the server issue). */
package dev.tidemark.server;
