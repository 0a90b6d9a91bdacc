package dev.tidemark.mapper.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The optimistic-locking version: a {@code long}, {@code int}, {@code Long} or {@code Integer}. A new
 * entity is written with version 1 and only if its key is free; every later write requires the
 * stored version to equal the entity's and increments it. JPA's {@code @Version} is honoured too.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Version {
}
