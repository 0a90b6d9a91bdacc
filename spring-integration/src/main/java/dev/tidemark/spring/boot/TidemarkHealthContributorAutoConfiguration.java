package dev.tidemark.spring.boot;

import dev.tidemark.engine.Database;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Registers {@link TidemarkHealthIndicator} as {@code tidemarkHealthIndicator} when Spring Boot's
 * health support is present ({@code management.health.tidemark.enabled=false} turns it off).
 */
@AutoConfiguration(after = TidemarkAutoConfiguration.class)
@ConditionalOnClass({HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class})
@ConditionalOnBean(Database.class)
@ConditionalOnEnabledHealthIndicator("tidemark")
public class TidemarkHealthContributorAutoConfiguration {

    /** The indicator. */
    @Bean
    @ConditionalOnMissingBean(name = "tidemarkHealthIndicator")
    public TidemarkHealthIndicator tidemarkHealthIndicator(Database database) {
        return new TidemarkHealthIndicator(database);
    }
}
