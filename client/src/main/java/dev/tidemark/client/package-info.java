/** Talks to a Tidemark server: {@link dev.tidemark.client.TidemarkClient#connect} gives a remote {@link dev.tidemark.engine.Database}. */
package dev.tidemark.client;
