package dev.tidemark.spring.boot;

import dev.tidemark.spring.repository.TidemarkRepository;
import dev.tidemark.spring.repository.config.EnableTidemarkRepositories;
import dev.tidemark.spring.repository.config.TidemarkRepositoryConfigurationExtension;
import dev.tidemark.spring.repository.support.TidemarkRepositoryFactoryBean;
import java.lang.annotation.Annotation;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.data.AbstractRepositoryConfigurationSourceSupport;
import org.springframework.context.annotation.Import;
import org.springframework.data.repository.config.RepositoryConfigurationExtension;

/**
 * Registers the Tidemark repositories found in the application's auto-configuration packages (as
 * {@code @EnableTidemarkRepositories} would), unless the application declares its own
 * {@code @EnableTidemarkRepositories} or sets {@code tidemark.repositories.enabled=false}.
 */
@AutoConfiguration(after = TidemarkAutoConfiguration.class)
@ConditionalOnClass(TidemarkRepository.class)
@ConditionalOnMissingBean(TidemarkRepositoryFactoryBean.class)
@ConditionalOnBooleanProperty(name = "tidemark.repositories.enabled", matchIfMissing = true)
@Import(TidemarkRepositoriesAutoConfiguration.Registrar.class)
public class TidemarkRepositoriesAutoConfiguration {

    /** Scans the auto-configuration packages. */
    static class Registrar extends AbstractRepositoryConfigurationSourceSupport {
        @Override
        protected Class<? extends Annotation> getAnnotation() {
            return EnableTidemarkRepositories.class;
        }

        @Override
        protected Class<?> getConfiguration() {
            return Defaults.class;
        }

        @Override
        protected RepositoryConfigurationExtension getRepositoryConfigurationExtension() {
            return new TidemarkRepositoryConfigurationExtension();
        }

        /**
         * Carries the default {@code @EnableTidemarkRepositories} attributes (nested in the
         * registrar so it is not processed as a configuration class itself).
         */
        @EnableTidemarkRepositories
        private static final class Defaults {
        }
    }
}
