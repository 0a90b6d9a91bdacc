/** The server's HTTP transport, user store and login service. */
package dev.tidemark.server.internal;
