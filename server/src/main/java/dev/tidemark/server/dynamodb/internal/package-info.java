/** SigV4 request authentication against the server's users, and the stored secrets it needs. */
package dev.tidemark.server.dynamodb.internal;
