package dev.tidemark.mapper.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the sort key of one or more secondary indexes. An index that has no {@link IndexPartitionKey}
 * is a local secondary index on the table's partition key.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface IndexSortKey {
    /** The index names. */
    String[] value();
}
