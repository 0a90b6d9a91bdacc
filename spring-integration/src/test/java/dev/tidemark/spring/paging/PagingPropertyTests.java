package dev.tidemark.spring.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.tidemark.engine.Database;
import dev.tidemark.mapper.EntityManager;
import dev.tidemark.mapper.annotation.MappedTable;
import dev.tidemark.mapper.annotation.PartitionKey;
import dev.tidemark.mapper.annotation.SortKey;
import dev.tidemark.spring.core.TidemarkTemplate;
import dev.tidemark.spring.repository.config.EnableTidemarkRepositories;
import dev.tidemark.spring.repository.support.TidemarkRepositoryFactoryBean.SchemaAction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Window;
import org.springframework.data.repository.Repository;

/**
 * For random data, page sizes and filters (pushed to the engine or tested in memory), following
 * slices or windows forward and backward visits exactly the items of the unpaged query, in order.
 */
class PagingPropertyTests {

    @MappedTable("readings")
    public record Reading(@PartitionKey String sensor, @SortKey int seq, String label, boolean even) {
    }

    interface ReadingRepository extends Repository<Reading, Object> {
        List<Reading> findBySensorAndEvenTrue(String sensor);

        Slice<Reading> findBySensorAndEvenTrue(String sensor, Pageable pageable);

        Window<Reading> findBySensorAndEvenTrue(String sensor, ScrollPosition position, Limit limit);

        List<Reading> findBySensorAndLabelIgnoreCase(String sensor, String label);

        Slice<Reading> findBySensorAndLabelIgnoreCase(String sensor, String label, Pageable pageable);

        Window<Reading> findBySensorAndLabelIgnoreCaseOrderBySeqDesc(String sensor, String label, ScrollPosition position,
                                                                     Limit limit);

        List<Reading> findBySensorAndLabelIgnoreCaseOrderBySeqDesc(String sensor, String label);

        Reading save(Reading r);

        void deleteAll();
    }

    @Configuration
    @EnableTidemarkRepositories(considerNestedRepositories = true, basePackageClasses = PagingPropertyTests.class,
        schemaAction = SchemaAction.CREATE_IF_MISSING)
    static class Config {
        @Bean(destroyMethod = "close")
        Database database() {
            return Database.openTemporary();
        }

        @Bean
        TidemarkTemplate tidemarkTemplate(Database database) {
            return new TidemarkTemplate(EntityManager.create(database));
        }
    }

    static AnnotationConfigApplicationContext context;
    static ReadingRepository readings;
    static int round;

    @BeforeAll
    static void start() {
        context = new AnnotationConfigApplicationContext(Config.class);
        readings = context.getBean(ReadingRepository.class);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    /** Stores n readings in a fresh partition; returns its name. */
    static String load(int n, long seed) {
        String sensor = "s" + (round++);
        Random r = new Random(seed);
        String[] labels = {"a", "A", "b"};
        for (int i = 0; i < n; i++) {
            readings.save(new Reading(sensor, i, labels[r.nextInt(3)], r.nextBoolean()));
        }
        return sensor;
    }

    @Test
    void slicesVisitEveryMatchOnce() {
        qt().withExamples(25).forAll(integers().between(0, 120), integers().between(1, 40), longs().all())
            .checkAssert((n, size, seed) -> {
                String sensor = load(n, seed);
                List<Reading> expected = readings.findBySensorAndEvenTrue(sensor);
                List<Reading> got = new ArrayList<>();
                Slice<Reading> s = readings.findBySensorAndEvenTrue(sensor, PageRequest.of(0, size));
                got.addAll(s.getContent());
                while (s.hasNext()) {
                    assertThat(s.getContent()).hasSize(size);
                    s = readings.findBySensorAndEvenTrue(sensor, s.nextPageable());
                    got.addAll(s.getContent());
                }
                assertThat(got).isEqualTo(expected);

                List<Reading> expectedA = readings.findBySensorAndLabelIgnoreCase(sensor, "a");
                List<Reading> gotA = new ArrayList<>();
                Slice<Reading> a = readings.findBySensorAndLabelIgnoreCase(sensor, "a", PageRequest.of(0, size));
                gotA.addAll(a.getContent());
                while (a.hasNext()) {
                    a = readings.findBySensorAndLabelIgnoreCase(sensor, "a", a.nextPageable());
                    gotA.addAll(a.getContent());
                }
                assertThat(gotA).isEqualTo(expectedA).allMatch(x -> x.label().equalsIgnoreCase("a"));
            });
    }

    @Test
    void windowsScrollForwardAndBackBySameItems() {
        qt().withExamples(25).forAll(integers().between(1, 120), integers().between(1, 40), longs().all())
            .checkAssert((n, size, seed) -> {
                String sensor = load(n, seed);
                List<Reading> expected = readings.findBySensorAndLabelIgnoreCaseOrderBySeqDesc(sensor, "A");
                List<Reading> forward = new ArrayList<>();
                Window<Reading> w = readings.findBySensorAndLabelIgnoreCaseOrderBySeqDesc(sensor, "A",
                    ScrollPosition.keyset(), Limit.of(size));
                forward.addAll(w.getContent());
                while (w.hasNext()) {
                    w = readings.findBySensorAndLabelIgnoreCaseOrderBySeqDesc(sensor, "A",
                        w.positionAt(w.size() - 1), Limit.of(size));
                    forward.addAll(w.getContent());
                }
                assertThat(forward).isEqualTo(expected);
                if (expected.isEmpty()) {
                    return;
                }
                // back from the last item to the start
                List<Reading> backward = new ArrayList<>(List.of(expected.get(expected.size() - 1)));
                ScrollPosition back = ((KeysetScrollPosition) w.positionAt(w.size() - 1)).backward();
                while (true) {
                    Window<Reading> b = readings.findBySensorAndLabelIgnoreCaseOrderBySeqDesc(sensor, "A", back,
                        Limit.of(size));
                    List<Reading> chunk = new ArrayList<>(b.getContent());
                    Collections.reverse(chunk);
                    backward.addAll(chunk);
                    if (!b.hasNext()) {
                        break;
                    }
                    back = b.positionAt(0);
                }
                Collections.reverse(backward);
                assertThat(backward).isEqualTo(expected);
            });
    }
}
