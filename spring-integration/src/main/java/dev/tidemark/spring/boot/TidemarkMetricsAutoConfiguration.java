package dev.tidemark.spring.boot;

import dev.tidemark.engine.Database;
import dev.tidemark.spring.repository.support.TidemarkRepositoryFactoryBean;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Registers {@link TidemarkMetrics} when Micrometer is on the classpath: Spring Boot binds it to the
 * application's registries as a {@code MeterBinder}, and every Tidemark repository reports its
 * method timings to it.
 */
@AutoConfiguration(after = TidemarkAutoConfiguration.class)
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(Database.class)
public class TidemarkMetricsAutoConfiguration {

    /** The meters. */
    @Bean
    @ConditionalOnMissingBean
    public TidemarkMetrics tidemarkMetrics(Database database, ObjectProvider<MeterRegistry> registry) {
        return new TidemarkMetrics(database, registry);
    }

    /** Adds the metrics listener to every Tidemark repository factory. */
    @Bean
    public static BeanPostProcessor tidemarkRepositoryMetricsPostProcessor(ObjectProvider<TidemarkMetrics> metrics) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof TidemarkRepositoryFactoryBean<?, ?, ?> factoryBean) {
                    factoryBean.addRepositoryFactoryCustomizer(f -> f.addInvocationListener(metrics.getObject()));
                }
                return bean;
            }
        };
    }
}
