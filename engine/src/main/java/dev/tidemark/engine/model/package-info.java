/** Values and descriptions carried by requests and results: attribute values, key schemas, table descriptions. */
package dev.tidemark.engine.model;
