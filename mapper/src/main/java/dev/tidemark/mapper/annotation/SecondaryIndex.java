package dev.tidemark.mapper.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sets the projection of a secondary index declared by {@link IndexPartitionKey} / {@link IndexSortKey}.
 * Without it an index projects all attributes.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(SecondaryIndex.List.class)
public @interface SecondaryIndex {
    /** The index name. */
    String name();

    /** What the index holds besides the keys. */
    Projection projection() default Projection.ALL;

    /** Property names projected when {@link #projection()} is {@link Projection#INCLUDE}. */
    String[] include() default {};

    /** Index projections. */
    enum Projection {
        /** Every attribute. */ ALL,
        /** Table and index keys only. */ KEYS_ONLY,
        /** Keys plus {@link SecondaryIndex#include()}. */ INCLUDE
    }

    /** Container of repeated {@link SecondaryIndex} annotations. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        /** The annotations. */
        SecondaryIndex[] value();
    }
}
