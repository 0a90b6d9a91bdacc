package dev.tidemark.spring.repository.config;

import dev.tidemark.spring.repository.support.TidemarkRepositoryFactoryBean;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Import;
import org.springframework.data.repository.config.DefaultRepositoryBaseClass;
import org.springframework.data.repository.query.QueryLookupStrategy;

/**
 * Scans for Tidemark repository interfaces and registers a bean for each. The application context
 * needs a {@link dev.tidemark.spring.core.TidemarkOperations} bean (named by
 * {@link #tidemarkTemplateRef()}, default {@code tidemarkTemplate}).
 *
 * <pre>{@code
 * @Configuration
 * @EnableTidemarkRepositories(basePackageClasses = OrderRepository.class)
 * class Config {
 *     @Bean Database database() { return Database.openTemporary(); }
 *     @Bean TidemarkTemplate tidemarkTemplate(Database db) { return new TidemarkTemplate(EntityManager.create(db)); }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Import(TidemarkRepositoriesRegistrar.class)
public @interface EnableTidemarkRepositories {

    /** Alias for {@link #basePackages()}. */
    String[] value() default {};

    /** Packages to scan for repository interfaces. */
    String[] basePackages() default {};

    /** Classes whose packages are scanned. */
    Class<?>[] basePackageClasses() default {};

    /** Only interfaces matching these filters become repositories. */
    Filter[] includeFilters() default {};

    /** Interfaces matching these filters are skipped. */
    Filter[] excludeFilters() default {};

    /** Suffix of custom implementation classes. */
    String repositoryImplementationPostfix() default "Impl";

    /** Location of named queries (unused; derived queries only). */
    String namedQueriesLocation() default "";

    /** How query methods are resolved (derived from the method name). */
    QueryLookupStrategy.Key queryLookupStrategy() default QueryLookupStrategy.Key.CREATE_IF_NOT_FOUND;

    /** The factory bean class. */
    Class<?> repositoryFactoryBeanClass() default TidemarkRepositoryFactoryBean.class;

    /** A custom base class for repositories. */
    Class<?> repositoryBaseClass() default DefaultRepositoryBaseClass.class;

    /** Bean name of the {@link dev.tidemark.spring.core.TidemarkOperations} to use. */
    String tidemarkTemplateRef() default "tidemarkTemplate";

    /** What to do with each entity's table at start-up. */
    TidemarkRepositoryFactoryBean.SchemaAction schemaAction() default TidemarkRepositoryFactoryBean.SchemaAction.NONE;

    /** Whether nested repository interfaces are found too. */
    boolean considerNestedRepositories() default false;
}
