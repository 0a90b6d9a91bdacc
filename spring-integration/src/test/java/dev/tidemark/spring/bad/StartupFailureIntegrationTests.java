package dev.tidemark.spring.bad;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.Database;
import dev.tidemark.mapper.EntityManager;
import dev.tidemark.spring.core.TidemarkTemplate;
import dev.tidemark.spring.repository.Order;
import dev.tidemark.spring.repository.OrderKey;
import dev.tidemark.spring.repository.config.EnableTidemarkRepositories;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.repository.Repository;

/** Methods that would need a scan (or an order no key gives) stop the application context from starting. */
class StartupFailureIntegrationTests {

    interface ScanningRepository extends Repository<Order, OrderKey> {
        List<Order> findByNote(String note);
    }

    interface MissortedRepository extends Repository<Order, OrderKey> {
        List<Order> findByCustomerIdOrderByTotalAsc(String customerId);
    }

    interface UnsupportedKeywordRepository extends Repository<Order, OrderKey> {
        List<Order> findByCustomerIdAndNoteLike(String customerId, String pattern);
    }

    interface OrWithoutKeyRepository extends Repository<Order, OrderKey> {
        List<Order> findByCustomerIdOrNote(String customerId, String note);
    }

    @Configuration
    static class Base {
        @Bean(destroyMethod = "close")
        Database database() {
            return Database.openTemporary();
        }

        @Bean
        TidemarkTemplate tidemarkTemplate(Database database) {
            return new TidemarkTemplate(EntityManager.create(database));
        }
    }

    @Configuration
    @EnableTidemarkRepositories(considerNestedRepositories = true, includeFilters = @ComponentScan.Filter(
        type = FilterType.ASSIGNABLE_TYPE, classes = ScanningRepository.class))
    static class Scanning extends Base {
    }

    @Configuration
    @EnableTidemarkRepositories(considerNestedRepositories = true, includeFilters = @ComponentScan.Filter(
        type = FilterType.ASSIGNABLE_TYPE, classes = MissortedRepository.class))
    static class Missorted extends Base {
    }

    @Configuration
    @EnableTidemarkRepositories(considerNestedRepositories = true, includeFilters = @ComponentScan.Filter(
        type = FilterType.ASSIGNABLE_TYPE, classes = UnsupportedKeywordRepository.class))
    static class Unsupported extends Base {
    }

    @Configuration
    @EnableTidemarkRepositories(considerNestedRepositories = true, includeFilters = @ComponentScan.Filter(
        type = FilterType.ASSIGNABLE_TYPE, classes = OrWithoutKeyRepository.class))
    static class OrWithoutKey extends Base {
    }

    static Throwable rootCause(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    void assertStartFails(Class<?> config, String... messageParts) {
        assertThatThrownBy(() -> new AnnotationConfigApplicationContext(config).close())
            .satisfies(t -> org.assertj.core.api.Assertions.assertThat(rootCause(t).getMessage()).contains(messageParts));
    }

    @Test
    void scanNeedingMethodIsNamed() {
        assertStartFails(Scanning.class, "ScanningRepository.findByNote", "needs a scan", "@AllowScan");
    }

    @Test
    void sortByNonKeyIsRejected() {
        assertStartFails(Missorted.class, "MissortedRepository.findByCustomerIdOrderByTotalAsc", "sort key");
    }

    @Test
    void unsupportedKeywordIsNamed() {
        assertStartFails(Unsupported.class, "findByCustomerIdAndNoteLike", "LIKE");
    }

    @Test
    void orBranchWithoutKeyNeedsScan() {
        assertStartFails(OrWithoutKey.class, "findByCustomerIdOrNote", "every OR branch");
    }
}
