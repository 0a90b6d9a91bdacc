package dev.tidemark.spring.repository.config;

import dev.tidemark.mapper.annotation.MappedTable;
import dev.tidemark.spring.repository.TidemarkRepository;
import dev.tidemark.spring.repository.support.TidemarkRepositoryFactoryBean;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.core.annotation.AnnotationAttributes;
import org.springframework.data.repository.config.AnnotationRepositoryConfigurationSource;
import org.springframework.data.repository.config.RepositoryConfigurationExtensionSupport;
import org.springframework.data.repository.config.RepositoryConfigurationSource;

/**
 * Spring Data's configuration extension for Tidemark: names the module, the factory bean, and
 * wires each repository to the template (and schema action) named on the annotation. A repository
 * whose entity carries {@code @MappedTable} or which extends {@link TidemarkRepository} is claimed
 * strictly when several Spring Data modules are present.
 */
public class TidemarkRepositoryConfigurationExtension extends RepositoryConfigurationExtensionSupport {

    @Override
    public String getModuleName() {
        return "Tidemark";
    }

    @Override
    protected String getModulePrefix() {
        return "tidemark";
    }

    @Override
    public String getRepositoryFactoryBeanClassName() {
        return TidemarkRepositoryFactoryBean.class.getName();
    }

    @Override
    protected Collection<Class<? extends Annotation>> getIdentifyingAnnotations() {
        return List.of(MappedTable.class);
    }

    @Override
    protected Collection<Class<?>> getIdentifyingTypes() {
        return List.of(TidemarkRepository.class);
    }

    @Override
    public void postProcess(BeanDefinitionBuilder builder, RepositoryConfigurationSource source) {
        String ref = source.getAttribute("tidemarkTemplateRef").orElse("tidemarkTemplate");
        builder.addPropertyReference("tidemarkOperations", ref);
    }

    @Override
    public void postProcess(BeanDefinitionBuilder builder, AnnotationRepositoryConfigurationSource source) {
        AnnotationAttributes attributes = source.getAttributes();
        builder.addPropertyValue("schemaAction", attributes.getEnum("schemaAction"));
    }
}
