package dev.tidemark.spring.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Allows a derived query method (or every method of the annotated repository) to read the whole
 * table with a Scan when no key of the table or of a secondary index can answer it, and to sort by
 * properties other than the chosen sort key (in memory). Without it such methods fail when the
 * repository is created, naming the method.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AllowScan {
}
