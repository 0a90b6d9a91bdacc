package dev.tidemark.mapper.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidemark.mapper.AttributeConverter;
import java.time.Clock;
import java.util.Map;

/**
 * Settings of one entity manager.
 *
 * @param converters the global converter registry, by exact Java type
 * @param objectMapper Jackson mapper for {@code @Json} properties
 * @param clock clock of generated timestamps
 * @param batchMaxAttempts calls per batch chunk before unprocessed items are an error
 * @param batchBaseDelayMillis first backoff delay of batch retries
 * @param generatedSchemas whether schemas generated at compile time are used (else every schema is reflective)
 */
public record MapperConfig(Map<Class<?>, AttributeConverter<?>> converters, ObjectMapper objectMapper,
                           Clock clock, int batchMaxAttempts, long batchBaseDelayMillis, boolean generatedSchemas) {

    /** Settings that use generated schemas where there are any. */
    public MapperConfig(Map<Class<?>, AttributeConverter<?>> converters, ObjectMapper objectMapper,
                        Clock clock, int batchMaxAttempts, long batchBaseDelayMillis) {
        this(converters, objectMapper, clock, batchMaxAttempts, batchBaseDelayMillis, true);
    }
}
