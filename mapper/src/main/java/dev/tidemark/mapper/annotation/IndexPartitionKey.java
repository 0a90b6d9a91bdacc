package dev.tidemark.mapper.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the partition key of one or more global secondary indexes. An index named here is global;
 * an index named only by {@link IndexSortKey} is local (it shares the table's partition key).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface IndexPartitionKey {
    /** The index names. */
    String[] value();
}
