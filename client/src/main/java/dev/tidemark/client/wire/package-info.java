/**
 * The DynamoDB JSON 1.0 wire format (request and result shapes, errors, SigV4 signatures), shared by
 * the remote client and the server's DynamoDB endpoint; not an application API.
 */
package dev.tidemark.client.wire;
