package dev.tidemark.hibernate;

import dev.tidemark.hibernate.entities.Address;
import dev.tidemark.hibernate.entities.Customer;
import dev.tidemark.hibernate.entities.PurchaseOrder;
import dev.tidemark.hibernate.entities.Tier;
import static dev.tidemark.hibernate.Jpa.run;
import static dev.tidemark.hibernate.Jpa.tx;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** JPA on Hibernate's own bootstrap over jdbc:tidemark:mem:, with real sessions and transactions. */
class JpaTest {
    private static EntityManagerFactory emf;

    @BeforeAll
    static void start() {
        emf = Jpa.factory("jpatest", Action.CREATE_DROP, Customer.class, PurchaseOrder.class);
    }

    @AfterAll
    static void stop() {
        if (emf != null) {
            emf.close();
        }
    }

    @Test
    void resolverPicksTheTidemarkDialect() {
        Dialect d = emf.unwrap(SessionFactory.class).unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
        assertThat(d).isInstanceOf(TidemarkDialect.class);
    }

    @Test
    void persistFindMergeRemoveRoundTripsEveryType() {
        Instant created = Instant.parse("2026-11-24T09:41:35.123456789Z");
        UUID id = tx(emf, em -> {
            Customer c = new Customer("Ada Lovelace", "ada@example.com", Tier.GOLD);
            c.setCreatedAt(created);
            c.setBirthday(LocalDate.of(1815, 12, 10));
            c.setBalance(new BigDecimal("1234.56"));
            c.setAvatar(new byte[] {1, 2, 3, (byte) 0xff});
            c.setActive(true);
            c.setVisits(7);
            c.setRating(4.5);
            c.setAddress(new Address("12 St James's Square", "London"));
            em.persist(c);
            return c.getId();
        });
        assertThat(id).isNotNull();

        Customer found = tx(emf, em -> em.find(Customer.class, id));
        assertThat(found.getFullName()).isEqualTo("Ada Lovelace");
        assertThat(found.getTier()).isEqualTo(Tier.GOLD);
        assertThat(found.getCreatedAt()).isEqualTo(created);
        assertThat(found.getBirthday()).isEqualTo(LocalDate.of(1815, 12, 10));
        assertThat(found.getBalance()).isEqualByComparingTo("1234.56");
        assertThat(found.getAvatar()).containsExactly(1, 2, 3, 0xff);
        assertThat(found.isActive()).isTrue();
        assertThat(found.getVisits()).isEqualTo(7);
        assertThat(found.getRating()).isEqualTo(4.5);
        assertThat(found.getAddress().getCity()).isEqualTo("London");
        assertThat(found.getVersion()).isZero();

        found.setFullName("Augusta Ada King");
        found.setTier(Tier.SILVER);
        Customer merged = tx(emf, em -> em.merge(found));
        assertThat(merged.getVersion()).isEqualTo(1);
        Customer reread = tx(emf, em -> em.find(Customer.class, id));
        assertThat(reread.getFullName()).isEqualTo("Augusta Ada King");
        assertThat(reread.getTier()).isEqualTo(Tier.SILVER);
        assertThat(reread.getVersion()).isEqualTo(1);

        run(emf, em -> em.remove(em.find(Customer.class, id)));
        Customer gone = tx(emf, em -> em.find(Customer.class, id));
        assertThat(gone).isNull();
    }
}
