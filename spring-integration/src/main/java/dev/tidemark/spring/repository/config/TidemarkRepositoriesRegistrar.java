package dev.tidemark.spring.repository.config;

import java.lang.annotation.Annotation;
import org.springframework.data.repository.config.RepositoryBeanDefinitionRegistrarSupport;
import org.springframework.data.repository.config.RepositoryConfigurationExtension;

/** Registers the repositories that {@link EnableTidemarkRepositories} finds. */
class TidemarkRepositoriesRegistrar extends RepositoryBeanDefinitionRegistrarSupport {

    @Override
    protected Class<? extends Annotation> getAnnotation() {
        return EnableTidemarkRepositories.class;
    }

    @Override
    protected RepositoryConfigurationExtension getExtension() {
        return new TidemarkRepositoryConfigurationExtension();
    }
}
