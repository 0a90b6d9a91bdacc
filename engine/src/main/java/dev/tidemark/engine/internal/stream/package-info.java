/** Table streams: the stream store fed from the commit path, the GetRecords read API and push subscriptions. */
package dev.tidemark.engine.internal.stream;
