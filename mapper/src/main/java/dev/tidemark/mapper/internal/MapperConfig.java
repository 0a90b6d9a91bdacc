package dev.tidemark.mapper.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidemark.mapper.AttributeConverter;
import java.time.Clock;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Settings of one entity manager.
 *
 * @param converters the global converter registry, by exact Java type
 * @param objectMapper Jackson mapper for {@code @Json} properties
 * @param clock clock of generated timestamps
 * @param batchMaxAttempts calls per batch chunk before unprocessed items are an error
 * @param batchBaseDelayMillis first backoff delay of batch retries
 * @param generatedSchemas whether schemas generated at compile time are used (else every schema is reflective)
 * @param tableNames turns an entity's declared table name into the name used in the database, or
 *     null when declared names are used as they are
 */
public record MapperConfig(Map<Class<?>, AttributeConverter<?>> converters, ObjectMapper objectMapper,
                           Clock clock, int batchMaxAttempts, long batchBaseDelayMillis, boolean generatedSchemas,
                           UnaryOperator<String> tableNames) {

    /** Settings without a table name resolver. */
    public MapperConfig(Map<Class<?>, AttributeConverter<?>> converters, ObjectMapper objectMapper,
                        Clock clock, int batchMaxAttempts, long batchBaseDelayMillis, boolean generatedSchemas) {
        this(converters, objectMapper, clock, batchMaxAttempts, batchBaseDelayMillis, generatedSchemas, null);
    }

    /** Settings that use generated schemas where there are any. */
    public MapperConfig(Map<Class<?>, AttributeConverter<?>> converters, ObjectMapper objectMapper,
                        Clock clock, int batchMaxAttempts, long batchBaseDelayMillis) {
        this(converters, objectMapper, clock, batchMaxAttempts, batchBaseDelayMillis, true);
    }
}
