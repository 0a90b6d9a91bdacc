package dev.tidemark.spring.boot.test;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.context.SpringBootTestContextBootstrapper;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;

/**
 * Bootstraps {@link DataTidemarkTest}: a temporary database whose tables are created when the
 * repositories start, followed by the test's own properties.
 */
class DataTidemarkTestContextBootstrapper extends SpringBootTestContextBootstrapper {

    @Override
    protected String[] getProperties(Class<?> testClass) {
        List<String> properties = new ArrayList<>(List.of("tidemark.in-memory=true",
            "tidemark.schema-action=create-if-missing"));
        MergedAnnotations.from(testClass, SearchStrategy.INHERITED_ANNOTATIONS).get(DataTidemarkTest.class)
            .getValue("properties", String[].class).ifPresent(p -> properties.addAll(List.of(p)));
        return properties.toArray(String[]::new);
    }
}
