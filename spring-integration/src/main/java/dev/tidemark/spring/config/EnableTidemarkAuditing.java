package dev.tidemark.spring.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/**
 * Turns on auditing: entities written through the template get their {@code @CreatedDate},
 * {@code @CreatedBy}, {@code @LastModifiedDate} and {@code @LastModifiedBy} properties filled
 * (see {@link dev.tidemark.spring.core.mapping.event.AuditingEntityCallback}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Import(TidemarkAuditingConfiguration.class)
public @interface EnableTidemarkAuditing {

    /** Bean name of the {@code AuditorAware}; empty uses the only one, if any. */
    String auditorAwareRef() default "";

    /** Bean name of the {@code DateTimeProvider}; empty uses the only one, or the system clock. */
    String dateTimeProviderRef() default "";
}
