/** The server's DynamoDB JSON 1.0 API (what AWS SDKs speak), served next to remote JDBC on the same port. */
package dev.tidemark.server.dynamodb;
