package dev.tidemark.spring.boot.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.OverrideAutoConfiguration;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A test slice for Tidemark repositories: only the Tidemark auto-configuration runs (a temporary
 * database unless {@code tidemark.path} is set, tables created for every repository's entity,
 * the template and the transaction manager) and only the repositories of the application's package
 * are registered; other components are left out unless included with {@link #includeFilters()}.
 *
 * <pre>{@code
 * @DataTidemarkTest
 * class OrderRepositoryTests {
 *     @Autowired OrderRepository orders;
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BootstrapWith(DataTidemarkTestContextBootstrapper.class)
@ExtendWith(SpringExtension.class)
@OverrideAutoConfiguration(enabled = false)
@TypeExcludeFilters(DataTidemarkTypeExcludeFilter.class)
@ImportAutoConfiguration
public @interface DataTidemarkTest {

    /** Extra {@code key=value} properties (they win over the slice's defaults). */
    String[] properties() default {};

    /** Whether the standard component filters apply (then {@code @Component}s are found too). */
    boolean useDefaultFilters() default false;

    /** Components to add to the slice. */
    Filter[] includeFilters() default {};

    /** Components to leave out. */
    Filter[] excludeFilters() default {};
}
