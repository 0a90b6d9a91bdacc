package dev.tidemark.spring.config;

import dev.tidemark.spring.core.mapping.event.AuditingEntityCallback;
import java.util.Optional;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ImportAware;
import org.springframework.core.annotation.AnnotationAttributes;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;

/** Registers the {@link AuditingEntityCallback} for {@link EnableTidemarkAuditing}. */
@Configuration(proxyBeanMethods = false)
class TidemarkAuditingConfiguration implements ImportAware {
    private String auditorAwareRef = "";
    private String dateTimeProviderRef = "";

    @Override
    public void setImportMetadata(AnnotationMetadata metadata) {
        AnnotationAttributes attributes = AnnotationAttributes.fromMap(
            metadata.getAnnotationAttributes(EnableTidemarkAuditing.class.getName()));
        if (attributes != null) {
            auditorAwareRef = attributes.getString("auditorAwareRef");
            dateTimeProviderRef = attributes.getString("dateTimeProviderRef");
        }
    }

    @Bean
    AuditingEntityCallback tidemarkAuditingEntityCallback(BeanFactory beanFactory) {
        return new AuditingEntityCallback(
            () -> Optional.<AuditorAware<?>>ofNullable(auditorAwareRef.isEmpty()
                ? (AuditorAware<?>) beanFactory.getBeanProvider(AuditorAware.class).getIfUnique()
                : beanFactory.getBean(auditorAwareRef, AuditorAware.class)),
            () -> dateTimeProviderRef.isEmpty()
                ? Optional.ofNullable(beanFactory.getBeanProvider(DateTimeProvider.class).getIfUnique())
                : Optional.of(beanFactory.getBean(dateTimeProviderRef, DateTimeProvider.class)));
    }
}
