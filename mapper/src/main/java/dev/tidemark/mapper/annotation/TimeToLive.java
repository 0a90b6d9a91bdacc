package dev.tidemark.mapper.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The expiry time of the item: an {@code Instant} or a {@code long}/{@code Long} of epoch seconds,
 * stored as a number of epoch seconds. It is recorded in the schema; expiry itself applies once the
 * engine supports time to live.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface TimeToLive {
}
