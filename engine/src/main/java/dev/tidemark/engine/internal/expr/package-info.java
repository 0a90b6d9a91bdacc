/** Lexing, parsing, validation and evaluation of DynamoDB-style expressions (condition, filter, key condition, update, projection). */
package dev.tidemark.engine.internal.expr;
