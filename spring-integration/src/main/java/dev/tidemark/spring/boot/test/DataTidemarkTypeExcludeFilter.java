package dev.tidemark.spring.boot.test;

import org.springframework.boot.test.context.filter.annotation.StandardAnnotationCustomizableTypeExcludeFilter;

/** Leaves every scanned component out of a {@link DataTidemarkTest} unless included. */
final class DataTidemarkTypeExcludeFilter extends StandardAnnotationCustomizableTypeExcludeFilter<DataTidemarkTest> {

    DataTidemarkTypeExcludeFilter(Class<?> testClass) {
        super(testClass);
    }
}
