/** The remote {@link dev.tidemark.engine.Database}: each call is one signed HTTP request to the server. */
package dev.tidemark.client.internal;
