package dev.tidemark.hibernate;

import dev.tidemark.hibernate.entities.Address;
import dev.tidemark.hibernate.entities.Customer;
import dev.tidemark.hibernate.entities.PurchaseOrder;
import dev.tidemark.hibernate.entities.Tier;
import static dev.tidemark.hibernate.Jpa.run;
import static dev.tidemark.hibernate.Jpa.tx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** JPQL, relationships, bulk statements, optimistic locking and rollback on Tidemark. */
class JpqlTest {
    private static EntityManagerFactory emf;

    @BeforeAll
    static void start() {
        emf = Jpa.factory("jpqltest", Action.CREATE_DROP, Customer.class, PurchaseOrder.class);
    }

    @AfterAll
    static void stop() {
        if (emf != null) {
            emf.close();
        }
    }

    /** Customers in {@code city} with orders of the given totals each, committed. */
    private static List<UUID> seed(String city, int[][] totals) {
        return tx(emf, em -> {
            List<UUID> ids = new java.util.ArrayList<>();
            for (int i = 0; i < totals.length; i++) {
                Customer c = new Customer(city + "-" + i, city + i + "@example.com", Tier.values()[i % 3]);
                c.setAddress(new Address(i + " Main St", city));
                c.setBalance(BigDecimal.valueOf(100L * (i + 1)));
                c.setVisits(i);
                em.persist(c);
                for (int t : totals[i]) {
                    em.persist(new PurchaseOrder(c, BigDecimal.valueOf(t), PurchaseOrder.Status.OPEN,
                            LocalDateTime.of(2026, 1, 1 + i, 12, 0), 1));
                }
                ids.add(c.getId());
            }
            return ids;
        });
    }

    @Test
    void joinAggregatesAndGroupBy() {
        seed("Leeds", new int[][] {{10, 20}, {5}, {}});
        List<Object[]> rows = tx(emf, em -> em.createQuery(
                "select c.fullName, count(o), sum(o.total), max(o.total) from PurchaseOrder o join o.customer c"
                        + " where c.address.city = :city group by c.fullName order by c.fullName", Object[].class)
                .setParameter("city", "Leeds").getResultList());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)[0]).isEqualTo("Leeds-0");
        assertThat(rows.get(0)[1]).isEqualTo(2L);
        assertThat((BigDecimal) rows.get(0)[2]).isEqualByComparingTo("30");
        assertThat((BigDecimal) rows.get(0)[3]).isEqualByComparingTo("20");
        assertThat(rows.get(1)[0]).isEqualTo("Leeds-1");
        assertThat(rows.get(1)[1]).isEqualTo(1L);

        Long customers = tx(emf, em -> em.createQuery(
                "select count(c) from Customer c where c.address.city = 'Leeds'", Long.class).getSingleResult());
        assertThat(customers).isEqualTo(3);
    }

    @Test
    void subqueries() {
        seed("York", new int[][] {{1}, {}, {2, 3}});
        List<String> withOrders = tx(emf, em -> em.createQuery(
                "select c.fullName from Customer c where c.address.city = 'York' and exists"
                        + " (select o.id from PurchaseOrder o where o.customer = c) order by c.fullName", String.class)
                .getResultList());
        assertThat(withOrders).containsExactly("York-0", "York-2");
        List<String> aboveAverage = tx(emf, em -> em.createQuery(
                "select c.fullName from Customer c where c.address.city = 'York' and c.balance >"
                        + " (select avg(c2.balance) from Customer c2 where c2.address.city = 'York')", String.class)
                .getResultList());
        assertThat(aboveAverage).containsExactly("York-2");
    }

    @Test
    void oneToManyAndManyToOneNavigate() {
        UUID id = seed("Bath", new int[][] {{7, 8, 9}}).get(0);
        List<BigDecimal> totals = tx(emf, em -> em.find(Customer.class, id).getOrders().stream()
                .map(PurchaseOrder::getTotal).sorted().toList());
        assertThat(totals).extracting(BigDecimal::intValue).containsExactly(7, 8, 9);
        String owner = tx(emf, em -> em.createQuery(
                "select o from PurchaseOrder o where o.customer.id = :id", PurchaseOrder.class)
                .setParameter("id", id).getResultList().get(0).getCustomer().getFullName());
        assertThat(owner).isEqualTo("Bath-0");
    }

    @Test
    void temporalParametersCompareInTimeOrder() {
        seed("Deal", new int[][] {{1}, {2}, {3}});
        List<Integer> totals = tx(emf, em -> em.createQuery(
                "select o.total from PurchaseOrder o where o.customer.address.city = 'Deal' and o.placedAt >= :from"
                        + " order by o.placedAt desc", BigDecimal.class)
                .setParameter("from", LocalDateTime.of(2026, 1, 2, 0, 0)).getResultList()
                .stream().map(BigDecimal::intValue).toList());
        assertThat(totals).containsExactly(3, 2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void paginationWithOrderBy() {
        seed("Ely", new int[][] {{}, {}, {}, {}, {}});
        List<String> page = tx(emf, em -> em.createQuery(
                "select c.fullName from Customer c where c.address.city = 'Ely' order by c.fullName desc", String.class)
                .setFirstResult(1).setMaxResults(2).getResultList());
        assertThat(page).containsExactly("Ely-3", "Ely-2");
        List<String> first = tx(emf, em -> em.createQuery(
                "select c.fullName from Customer c where c.address.city = 'Ely' order by c.fullName", String.class)
                .setMaxResults(1).getResultList());
        assertThat(first).containsExactly("Ely-0");
        List<Object> nativePage = tx(emf, em -> (List<Object>) em.createNativeQuery(
                "select \"fullName\" from customers where city = 'Ely' order by \"fullName\"")
                .setFirstResult(3).setMaxResults(5).getResultList());
        assertThat(nativePage).containsExactly("Ely-3", "Ely-4");
    }

    @Test
    void bulkUpdateAndDeleteReportExactCounts() {
        seed("Hull", new int[][] {{}, {}, {}, {}});
        int updated = tx(emf, em -> em.createQuery(
                "update Customer c set c.visits = c.visits + 10 where c.address.city = 'Hull' and c.visits >= 2")
                .executeUpdate());
        assertThat(updated).isEqualTo(2);
        List<Integer> visits = tx(emf, em -> em.createQuery(
                "select c.visits from Customer c where c.address.city = 'Hull' order by c.visits", Integer.class)
                .getResultList());
        assertThat(visits).containsExactly(0, 1, 12, 13);
        int deleted = tx(emf, em -> em.createQuery("delete from Customer c where c.address.city = 'Hull' and c.visits < 5")
                .executeUpdate());
        assertThat(deleted).isEqualTo(2);
        Long left = tx(emf, em -> em.createQuery(
                "select count(c) from Customer c where c.address.city = 'Hull'", Long.class).getSingleResult());
        assertThat(left).isEqualTo(2);
    }

    @Test
    void versionConflictBetweenTwoSessions() throws SQLException {
        UUID id = seed("Wells", new int[][] {{}}).get(0);
        EntityManager first = emf.createEntityManager();
        EntityManager second = emf.createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            Customer a = first.find(Customer.class, id);
            Customer b = second.find(Customer.class, id);
            a.setFullName("first writer");
            first.getTransaction().commit();
            b.setFullName("second writer");
            assertThatThrownBy(() -> second.getTransaction().commit())
                    .isInstanceOf(RollbackException.class)
                    .hasCauseInstanceOf(OptimisticLockException.class);
        } finally {
            first.close();
            second.close();
        }
        try (Connection c = DriverManager.getConnection("jdbc:tidemark:mem:jpqltest");
             ResultSet rs = c.createStatement().executeQuery(
                     "select \"fullName\", \"version\" from customers where id = '" + id + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("first writer");
            assertThat(rs.getLong(2)).isEqualTo(1);
        }
    }

    @Test
    void bothFlushedBeforeCommitTheSecondCommitFails() throws SQLException {
        UUID id = seed("Truro", new int[][] {{}}).get(0);
        EntityManager first = emf.createEntityManager();
        EntityManager second = emf.createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            first.find(Customer.class, id).setFullName("first writer");
            second.find(Customer.class, id).setFullName("second writer");
            first.flush();
            second.flush();
            first.getTransaction().commit();
            assertThatThrownBy(() -> second.getTransaction().commit())
                    .isInstanceOf(RollbackException.class)
                    .satisfies(t -> assertThat(sqlState(t)).isEqualTo("40001"));
        } finally {
            first.close();
            second.close();
        }
        Customer after = tx(emf, em -> em.find(Customer.class, id));
        assertThat(after.getFullName()).isEqualTo("first writer");
        assertThat(after.getVersion()).isEqualTo(1);
    }

    private static String sqlState(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException e) {
                return e.getSQLState();
            }
        }
        return null;
    }

    @Test
    void rollbackLeavesNothingBehind() {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            Customer c = new Customer("ghost", "ghost@example.com", Tier.BRONZE);
            c.setAddress(new Address("nowhere", "Limbo"));
            em.persist(c);
            em.persist(new PurchaseOrder(c, BigDecimal.ONE, PurchaseOrder.Status.OPEN, LocalDateTime.now(), 1));
            em.flush();
            em.getTransaction().rollback();
        } finally {
            em.close();
        }
        Long customers = tx(emf, e -> e.createQuery(
                "select count(c) from Customer c where c.address.city = 'Limbo'", Long.class).getSingleResult());
        Long orders = tx(emf, e -> e.createQuery(
                "select count(o) from PurchaseOrder o where o.customer.fullName = 'ghost'", Long.class).getSingleResult());
        assertThat(customers).isZero();
        assertThat(orders).isZero();
    }

    @Test
    void pessimisticLocksAreRefused() {
        UUID id = seed("Ripon", new int[][] {{}}).get(0);
        assertThatThrownBy(() -> run(emf, em -> em.find(Customer.class, id, LockModeType.PESSIMISTIC_WRITE)))
                .hasStackTraceContaining("Tidemark does not support pessimistic locking");
        assertThatThrownBy(() -> run(emf, em -> em.createQuery("select c from Customer c", Customer.class)
                .setLockMode(LockModeType.PESSIMISTIC_READ).getResultList()))
                .hasStackTraceContaining("Tidemark does not support pessimistic locking");
    }
}
