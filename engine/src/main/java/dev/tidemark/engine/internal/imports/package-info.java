/** ImportTable: loading a new table from DynamoDB JSON or CSV files in the background. */
package dev.tidemark.engine.internal.imports;
