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
 */
public record MapperConfig(Map<Class<?>, AttributeConverter<?>> converters, ObjectMapper objectMapper,
                           Clock clock, int batchMaxAttempts, long batchBaseDelayMillis) {
}
