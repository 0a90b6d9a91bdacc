package dev.tidemark.spring.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.Database;
import dev.tidemark.mapper.EntityManager;
import dev.tidemark.mapper.OptimisticLockException;
import dev.tidemark.spring.core.TidemarkTemplate;
import dev.tidemark.spring.repository.config.EnableTidemarkRepositories;
import dev.tidemark.spring.repository.support.TidemarkRepositoryFactoryBean.SchemaAction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

@SpringJUnitConfig(RepositoryIntegrationTests.Config.class)
class RepositoryIntegrationTests {

    @Configuration
    @EnableTidemarkRepositories(basePackageClasses = OrderRepository.class, schemaAction = SchemaAction.CREATE_IF_MISSING,
        includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
            classes = {OrderRepository.class, AccountRepository.class}))
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

    @Autowired
    OrderRepository orders;
    @Autowired
    AccountRepository accounts;

    static Order order(String c, String o, String status, int total, String region, String note, boolean paid,
                       String... tags) {
        return new Order(c, o, status, total, region, note, paid, Set.of(tags));
    }

    @BeforeEach
    void data() {
        orders.deleteAll();
        orders.saveAll(List.of(
            order("c1", "o1", "NEW", 10, "eu", "first", false, "gift"),
            order("c1", "o2", "PAID", 20, "eu", null, true),
            order("c1", "o3", "SHIPPED", 30, "us", "Rush", true, "gift", "fragile"),
            order("c1", "p1", "NEW", 40, "us", "later", false),
            order("c2", "o1", "NEW", 50, "eu", "other", true)));
    }

    static List<String> ids(List<Order> list) {
        return list.stream().map(o -> o.customerId() + "/" + o.orderId()).toList();
    }

    @Test
    void crudWithKeyClass() {
        assertThat(orders.count()).isEqualTo(5);
        assertThat(orders.findById(new OrderKey("c1", "o2"))).get().extracting(Order::total).isEqualTo(20);
        assertThat(orders.existsById(new OrderKey("c9", "o2"))).isFalse();
        assertThat(ids(orders.findAllById(List.of(new OrderKey("c1", "o1"), new OrderKey("c2", "o1")))))
            .containsExactlyInAnyOrder("c1/o1", "c2/o1");
        orders.deleteById(new OrderKey("c1", "o1"));
        assertThat(orders.findById(new OrderKey("c1", "o1"))).isEmpty();
        assertThat(orders.findAll()).hasSize(4);
        assertThat(ids(orders.findAll(Sort.by("total").descending()))).containsExactly("c2/o1", "c1/p1", "c1/o3", "c1/o2");
        Page<Order> page = orders.findAll(PageRequest.of(0, 3));
        assertThat(page.getTotalElements()).isEqualTo(4);
        assertThat(page.getContent()).hasSize(3);
        Page<Order> second = orders.findAll(page.nextPageable());
        assertThat(second.getContent()).hasSize(1).doesNotContainAnyElementsOf(page.getContent());
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void simpleKeyAndVersion() {
        Account a = accounts.save(new Account("a1", "ann", 5));
        assertThat(a.getVersion()).isEqualTo(1L);
        Account copy = accounts.findById("a1").orElseThrow();
        copy.setBalance(7);
        accounts.save(copy);
        a.setBalance(9);
        assertThatThrownBy(() -> accounts.save(a)).isInstanceOf(OptimisticLockException.class);
        assertThat(accounts.findById("a1").orElseThrow().getBalance()).isEqualTo(7);
        accounts.deleteById("a1");
        assertThat(accounts.existsById("a1")).isFalse();
    }

    @Test
    void keyConditions() {
        assertThat(ids(orders.findByCustomerId("c1"))).containsExactly("c1/o1", "c1/o2", "c1/o3", "c1/p1");
        assertThat(ids(orders.findByCustomerIdOrderByOrderIdDesc("c1"))).containsExactly("c1/p1", "c1/o3", "c1/o2", "c1/o1");
        assertThat(ids(orders.findByCustomerIdAndOrderIdStartingWith("c1", "o"))).containsExactly("c1/o1", "c1/o2", "c1/o3");
        assertThat(ids(orders.findByCustomerIdAndOrderIdBetween("c1", "o2", "o3"))).containsExactly("c1/o2", "c1/o3");
        assertThat(ids(orders.findByCustomerIdAndOrderIdLessThan("c1", "o2"))).containsExactly("c1/o1");
        assertThat(ids(orders.findByCustomerIdAndOrderIdGreaterThanEqual("c1", "o3"))).containsExactly("c1/o3", "c1/p1");
        assertThat(ids(orders.findByCustomerIdAndOrderIdAfter("c1", "o3"))).containsExactly("c1/p1");
        assertThat(orders.findByCustomerIdAndOrderId("c1", "o3")).get().extracting(Order::status).isEqualTo("SHIPPED");
        assertThat(orders.findByCustomerIdAndOrderId("c1", "zz")).isEmpty();
    }

    @Test
    void indexesSharingTheirSortKey() {
        assertThat(ids(orders.findByStatusAndTotalGreaterThan("NEW", 10))).containsExactly("c1/p1", "c2/o1");
        assertThat(ids(orders.findByStatusOrderByTotalDesc("NEW"))).containsExactly("c2/o1", "c1/p1", "c1/o1");
        assertThat(ids(orders.findByRegionAndTotalLessThanEqual("eu", 20))).containsExactly("c1/o1", "c1/o2");
    }

    @Test
    void filters() {
        assertThat(ids(orders.findByCustomerIdAndStatusNot("c1", "NEW"))).containsExactly("c1/o2", "c1/o3");
        assertThat(ids(orders.findByCustomerIdAndStatusIn("c1", List.of("PAID", "SHIPPED")))).containsExactly("c1/o2", "c1/o3");
        assertThat(orders.findByCustomerIdAndStatusIn("c1", List.of())).isEmpty();
        assertThat(ids(orders.findByCustomerIdAndNoteIsNull("c1"))).containsExactly("c1/o2");
        assertThat(ids(orders.findByCustomerIdAndNoteIsNotNull("c1"))).containsExactly("c1/o1", "c1/o3", "c1/p1");
        assertThat(ids(orders.findByCustomerIdAndPaidTrue("c1"))).containsExactly("c1/o2", "c1/o3");
        assertThat(ids(orders.findByCustomerIdAndPaidFalse("c1"))).containsExactly("c1/o1", "c1/p1");
        assertThat(ids(orders.findByCustomerIdAndTagsContaining("c1", "gift"))).containsExactly("c1/o1", "c1/o3");
        assertThat(ids(orders.findByCustomerIdAndNoteContaining("c1", "ate"))).containsExactly("c1/p1");
        assertThat(ids(orders.findByCustomerIdAndNoteIgnoreCase("c1", "rUSH"))).containsExactly("c1/o3");
        assertThat(ids(orders.findByCustomerIdAndTotalBetweenAndStatus("c1", 5, 40, "NEW"))).containsExactly("c1/o1", "c1/p1");
    }

    @Test
    void orBranchesAreQueriedSeparatelyAndMerged() {
        assertThat(ids(orders.findByCustomerIdAndStatusOrStatusAndTotalGreaterThan("c1", "PAID", "NEW", 30)))
            .containsExactlyInAnyOrder("c1/o2", "c1/p1", "c2/o1");
    }

    @Test
    void inOnThePartitionKeyQueriesEachPartition() {
        assertThat(ids(orders.findByCustomerIdInAndStatus(List.of("c1", "c2", "c9"), "NEW")))
            .containsExactlyInAnyOrder("c1/o1", "c1/p1", "c2/o1");
        assertThat(orders.findByCustomerIdInAndStatus(List.of(), "NEW")).isEmpty();
    }

    @Test
    void topFirstCountExistsDeleteStream() {
        assertThat(ids(orders.findTop2ByCustomerIdOrderByOrderIdDesc("c1"))).containsExactly("c1/p1", "c1/o3");
        assertThat(orders.findFirstByCustomerId("c1")).get().extracting(Order::orderId).isEqualTo("o1");
        assertThat(orders.countByCustomerId("c1")).isEqualTo(4);
        assertThat(orders.existsByCustomerIdAndStatus("c1", "PAID")).isTrue();
        assertThat(orders.existsByCustomerIdAndStatus("c2", "PAID")).isFalse();
        try (var s = orders.streamByCustomerId("c1")) {
            assertThat(s.map(Order::orderId).toList()).containsExactly("o1", "o2", "o3", "p1");
        }
        assertThat(orders.deleteByCustomerIdAndStatus("c1", "NEW")).isEqualTo(2);
        assertThat(ids(orders.findByCustomerId("c1"))).containsExactly("c1/o2", "c1/o3");
    }

    @Test
    void scansOnlyWhereAllowedAndSortInMemory() {
        assertThat(ids(orders.findByNote("other"))).containsExactly("c2/o1");
        assertThat(ids(orders.findByStatusInOrNote(List.of(), "other"))).containsExactly("c2/o1");
        assertThat(ids(orders.findByStatusInOrNote(List.of("PAID"), "other"))).containsExactlyInAnyOrder("c1/o2", "c2/o1");
        assertThat(ids(orders.findByPaidTrueOrderByTotalAsc())).containsExactly("c1/o2", "c1/o3", "c2/o1");
        assertThat(ids(orders.findByCustomerId("c1", Sort.by(Sort.Direction.DESC, "orderId"))))
            .containsExactly("c1/p1", "c1/o3", "c1/o2", "c1/o1");
        assertThatThrownBy(() -> orders.findByCustomerId("c1", Sort.by("total")))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sort key");
    }

    @Test
    void writtenQueries() {
        assertThat(ids(orders.search("NEW", 10, 50, "gift"))).containsExactly("c1/o1");
        assertThat(ids(orders.search("PAID", 0, 100, "none"))).containsExactly("c1/o2");
        Slice<Order> paid = orders.paidWithPrefix("c1", "o", true, PageRequest.of(0, 1));
        assertThat(ids(paid.getContent())).containsExactly("c1/o2");
        assertThat(ids(orders.paidWithPrefix("c1", "o", true, paid.nextPageable()).getContent())).containsExactly("c1/o3");
        assertThat(orders.countForCustomer("c1")).isEqualTo(4);
        assertThat(ids(orders.scanTotalsAtLeast(40))).containsExactlyInAnyOrder("c1/p1", "c2/o1");
    }

    @Test
    void oneOffUpdates() {
        Order bumped = orders.bump(new OrderKey("c1", "o2"), "urgent", 5, Set.of("vip"));
        assertThat(bumped.total()).isEqualTo(25);
        assertThat(bumped.note()).isEqualTo("urgent");
        assertThat(bumped.tags()).containsExactly("vip");
        orders.clean(new OrderKey("c1", "o2"), Set.of("vip"));
        Order cleaned = orders.findById(new OrderKey("c1", "o2")).orElseThrow();
        assertThat(cleaned.note()).isNull();
        assertThat(cleaned.tags()).isEmpty();
        assertThat(cleaned.total()).isEqualTo(25);
        assertThatThrownBy(() -> orders.bump(new OrderKey("c1", "missing"), "x", 1, Set.of("a")))
            .isInstanceOf(dev.tidemark.mapper.EntityNotFoundException.class);
    }

    @Test
    void projections() {
        assertThat(orders.findSummaryByCustomerId("c1")).extracting(OrderRepository.OrderSummary::getTotal)
            .containsExactly(10, 20, 30, 40);
        assertThat(orders.findTotalsByCustomerId("c1")).containsExactly(new OrderRepository.OrderTotal("o1", 10),
            new OrderRepository.OrderTotal("o2", 20), new OrderRepository.OrderTotal("o3", 30),
            new OrderRepository.OrderTotal("p1", 40));
    }

    @Test
    void slicesAndPagesFollowContinuationTokens() {
        Slice<Order> first = orders.findByStatus("NEW", PageRequest.of(0, 2));
        assertThat(ids(first.getContent())).containsExactly("c1/o1", "c1/p1");
        assertThat(first.hasNext()).isTrue();
        Slice<Order> second = orders.findByStatus("NEW", first.nextPageable());
        assertThat(ids(second.getContent())).containsExactly("c2/o1");
        assertThat(second.hasNext()).isFalse();
        assertThat(ids(orders.findByStatus("NEW", PageRequest.of(1, 2)).getContent())).containsExactly("c2/o1");

        Page<Order> page = orders.findPageByCustomerId("c1", PageRequest.of(0, 3));
        assertThat(page.getTotalElements()).isEqualTo(4);
        assertThat(page.getTotalPages()).isEqualTo(2);
        assertThat(ids(orders.findPageByCustomerId("c1", page.nextPageable()).getContent())).containsExactly("c1/p1");
    }

    @Test
    void windowsScrollBothWaysThroughManyItems() {
        orders.deleteAll();
        List<Order> many = IntStream.range(0, 10_000)
            .mapToObj(i -> order("big", String.format("k%05d", i), "NEW", i, "eu", null, false)).toList();
        for (int i = 0; i < many.size(); i += 1000) {
            orders.saveAll(many.subList(i, i + 1000));
        }
        List<String> forward = new ArrayList<>();
        Window<Order> w = orders.findByCustomerId("big", ScrollPosition.keyset(), Limit.of(700));
        Window<Order> last = w;
        while (true) {
            w.forEach(o -> forward.add(o.orderId()));
            last = w;
            if (!w.hasNext()) {
                break;
            }
            w = orders.findByCustomerId("big", w.positionAt(w.size() - 1), Limit.of(700));
        }
        assertThat(forward).hasSize(10_000).isSorted().doesNotHaveDuplicates();

        List<String> backward = new ArrayList<>();
        ScrollPosition back = ((org.springframework.data.domain.KeysetScrollPosition) last.positionAt(last.size() - 1)).backward();
        backward.add(last.getContent().get(last.size() - 1).orderId());
        while (true) {
            Window<Order> b = orders.findByCustomerId("big", back, Limit.of(900));
            List<String> chunk = b.stream().map(Order::orderId).toList();
            List<String> reversed = new ArrayList<>(chunk);
            Collections.reverse(reversed);
            backward.addAll(reversed);
            assertThat(chunk).isSorted();
            if (!b.hasNext()) {
                break;
            }
            back = b.positionAt(0);
        }
        Collections.reverse(backward);
        assertThat(backward).isEqualTo(forward);
    }
}
