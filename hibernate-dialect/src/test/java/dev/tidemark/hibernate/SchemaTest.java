package dev.tidemark.hibernate;

import dev.tidemark.hibernate.entities.Customer;
import dev.tidemark.hibernate.entities.OrderLine;
import dev.tidemark.hibernate.entities.PurchaseOrder;
import dev.tidemark.hibernate.entities.Shipment;
import dev.tidemark.hibernate.entities.Tier;
import static dev.tidemark.hibernate.Jpa.run;
import static dev.tidemark.hibernate.Jpa.tx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.Test;

/** hbm2ddl create, create-drop and validate against Tidemark's DDL and metadata. */
class SchemaTest {

    /** Primary key columns by KEY_SEQ. */
    private static Map<Short, String> primaryKey(Connection c, String table) throws SQLException {
        Map<Short, String> key = new TreeMap<>();
        try (ResultSet rs = c.getMetaData().getPrimaryKeys(null, null, table)) {
            while (rs.next()) {
                key.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return key;
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    @Test
    void createMapsIdsToKeysAndIndexesToSecondaryIndexes() throws SQLException {
        try (Connection keepAlive = DriverManager.getConnection("jdbc:tidemark:mem:schema-create")) {
            EntityManagerFactory emf = Jpa.factory("schema-create", Action.CREATE,
                    Customer.class, PurchaseOrder.class, OrderLine.class, Shipment.class);
            try {
                assertThat(primaryKey(keepAlive, "customers")).containsExactly(Map.entry((short) 1, "id"));
                assertThat(primaryKey(keepAlive, "order_lines"))
                        .containsExactly(Map.entry((short) 1, "orderNo"), Map.entry((short) 2, "lineNo"));
                assertThat(primaryKey(keepAlive, "shipments"))
                        .containsExactly(Map.entry((short) 1, "carrier"), Map.entry((short) 2, "trackingNo"));
                Map<String, List<String>> indexes = new TreeMap<>();
                DatabaseMetaData md = keepAlive.getMetaData();
                for (String t : List.of("customers", "order_lines")) {
                    try (ResultSet rs = md.getIndexInfo(null, null, t, false, false)) {
                        while (rs.next()) {
                            if (!rs.getBoolean("NON_UNIQUE")) {
                                continue;
                            }
                            indexes.computeIfAbsent(rs.getString("INDEX_NAME"), k -> new ArrayList<>())
                                    .add(rs.getString("COLUMN_NAME"));
                        }
                    }
                }
                assertThat(indexes).containsEntry("byEmail", List.of("email"))
                        .containsEntry("byProduct", List.of("product", "quantity"));

                run(emf, em -> {
                    em.persist(new OrderLine("A-1", 2, "widget", 5));
                    em.persist(new OrderLine("A-1", 1, "gadget", 3));
                    em.persist(new Shipment(new Shipment.Key("ups", "Z9"), LocalDateTime.of(2026, 11, 24, 10, 0)));
                });
                List<Integer> lines = tx(emf, em -> em.createQuery(
                        "select l.lineNo from OrderLine l where l.orderNo = 'A-1' order by l.lineNo", Integer.class)
                        .getResultList());
                assertThat(lines).containsExactly(1, 2);
                OrderLine line = tx(emf, em -> em.find(OrderLine.class, new OrderLine.Key("A-1", 2)));
                assertThat(line.getProduct()).isEqualTo("widget");
                Shipment s = tx(emf, em -> em.find(Shipment.class, new Shipment.Key("ups", "Z9")));
                assertThat(s.getShippedAt()).isEqualTo(LocalDateTime.of(2026, 11, 24, 10, 0));
                // the index is usable from SQL: the table$index name reads through it
                try (ResultSet rs = keepAlive.createStatement().executeQuery(
                        "select \"lineNo\" from \"order_lines$byProduct\" where product = 'gadget'")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(1);
                }
            } finally {
                emf.close();
            }
            assertThat(tables(keepAlive)).contains("customers", "order_lines", "shipments", "purchase_orders");

            EntityManagerFactory validating = Jpa.factory("schema-create", Action.VALIDATE,
                    Customer.class, PurchaseOrder.class, OrderLine.class, Shipment.class);
            validating.close();
        }
    }

    @Test
    void updateAddsMissingTablesIndexesAndColumns() throws SQLException {
        try (Connection keepAlive = DriverManager.getConnection("jdbc:tidemark:mem:schema-update")) {
            // an older version of the schema: customers without its index and with fewer columns
            try (java.sql.Statement s = keepAlive.createStatement()) {
                s.execute("create table customers (id varchar, fullName varchar, version bigint, primary key (id))");
                s.executeUpdate("insert into customers (id, fullName, version) values ('c0', 'Old Timer', 0)");
            }
            EntityManagerFactory emf = Jpa.factory("schema-update", Action.UPDATE,
                    Customer.class, PurchaseOrder.class, OrderLine.class);
            try {
                assertThat(tables(keepAlive)).contains("customers", "purchase_orders", "order_lines");
                assertThat(primaryKey(keepAlive, "order_lines"))
                        .containsExactly(Map.entry((short) 1, "orderNo"), Map.entry((short) 2, "lineNo"));
                List<String> indexes = new ArrayList<>();
                try (ResultSet rs = keepAlive.getMetaData().getIndexInfo(null, null, "%", false, false)) {
                    while (rs.next()) {
                        if (rs.getBoolean("NON_UNIQUE")) {
                            indexes.add(rs.getString("TABLE_NAME") + "." + rs.getString("INDEX_NAME"));
                        }
                    }
                }
                assertThat(indexes).contains("customers.byEmail", "order_lines.byProduct");
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = keepAlive.getMetaData().getColumns(null, null, "customers", "%")) {
                    while (rs.next()) {
                        columns.add(rs.getString("COLUMN_NAME"));
                    }
                }
                assertThat(columns).contains("email", "tier", "balance", "visits");
                // the old row is still there, and new entities use the new columns
                run(emf, em -> em.persist(new Customer("New Comer", "new@example.com", Tier.GOLD)));
                List<String> names = tx(emf, em -> em.createQuery(
                        "select c.fullName from Customer c where c.email = 'new@example.com'", String.class).getResultList());
                assertThat(names).containsExactly("New Comer");
                Long count = tx(emf, em -> em.createQuery("select count(c) from Customer c", Long.class).getSingleResult());
                assertThat(count).isEqualTo(2L);
            } finally {
                emf.close();
            }
            // a second update finds nothing to do, and validate accepts the result
            Jpa.factory("schema-update", Action.UPDATE, Customer.class, PurchaseOrder.class, OrderLine.class).close();
            Jpa.factory("schema-update", Action.VALIDATE, Customer.class, PurchaseOrder.class, OrderLine.class).close();
        }
    }

    @Test
    void createDropRemovesTheTablesAtClose() throws SQLException {
        try (Connection keepAlive = DriverManager.getConnection("jdbc:tidemark:mem:schema-drop")) {
            EntityManagerFactory emf = Jpa.factory("schema-drop", Action.CREATE_DROP, OrderLine.class);
            assertThat(tables(keepAlive)).contains("order_lines");
            emf.close();
            try (Connection fresh = DriverManager.getConnection("jdbc:tidemark:mem:schema-drop")) {
                assertThat(tables(fresh)).doesNotContain("order_lines");
            }
        }
    }

    @Test
    void validateFailsOnAMissingTable() throws SQLException {
        try (Connection keepAlive = DriverManager.getConnection("jdbc:tidemark:mem:schema-validate")) {
            assertThatThrownBy(() -> Jpa.factory("schema-validate", Action.VALIDATE, Shipment.class).close())
                    .hasStackTraceContaining("missing table [shipments]");
        }
    }

    /** A unique constraint Tidemark cannot enforce. */
    @Entity(name = "UniqueEmail")
    static class UniqueEmail {
        @Id
        String id;
        @Column(unique = true)
        String email;
    }

    /** A key of three columns. */
    @Entity(name = "ThreeKeys")
    @IdClass(ThreeKeys.Key.class)
    static class ThreeKeys {
        record Key(String a, String b, String c) implements Serializable {
        }

        @Id
        String a;
        @Id
        String b;
        @Id
        String c;
    }

    /** A Long id from a sequence-style generator. */
    @Entity(name = "Sequenced")
    static class Sequenced {
        @Id
        @GeneratedValue
        Long id;
    }

    /** A list collection table without a primary key. */
    @Entity(name = "Tagged")
    static class Tagged {
        @Id
        String id;
        @ElementCollection
        List<String> tags;
    }

    /** A set collection table (keyed by both columns), a quoted reserved word and an offset date-time. */
    @Entity(name = "Labelled")
    static class Labelled {
        @Id
        String id;
        @ElementCollection
        @Column(nullable = false)
        Set<String> labels = new HashSet<>();
        @Column(name = "\"value\"")
        String value;
        OffsetDateTime seenAt;
        Duration waited;
        java.util.Date legacy;
        LocalTime opensAt;
    }

    /** An identity id. */
    @Entity(name = "Identity")
    static class Identity {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
    }

    @Test
    void setCollectionsQuotedReservedWordsAndOffsets() {
        EntityManagerFactory emf = Jpa.factory("schema-set", Action.CREATE_DROP, Labelled.class);
        try {
            run(emf, em -> {
                Labelled l = new Labelled();
                l.id = "x";
                l.labels.addAll(Set.of("red", "blue"));
                l.value = "v";
                l.seenAt = OffsetDateTime.parse("2026-11-24T11:41:35.5+02:00");
                l.waited = Duration.ofMillis(1500);
                l.legacy = new java.util.Date(1_700_000_000_123L);
                l.opensAt = LocalTime.of(8, 30, 15);
                em.persist(l);
            });
            Labelled back = tx(emf, em -> {
                Labelled l = em.find(Labelled.class, "x");
                l.labels.size();
                return l;
            });
            assertThat(back.labels).containsExactlyInAnyOrder("red", "blue");
            assertThat(back.value).isEqualTo("v");
            assertThat(back.seenAt).isEqualTo(OffsetDateTime.parse("2026-11-24T09:41:35.5Z"));
            assertThat(back.waited).isEqualTo(Duration.ofMillis(1500));
            assertThat(back.legacy.getTime()).isEqualTo(1_700_000_000_123L);
            assertThat(back.opensAt).isEqualTo(LocalTime.of(8, 30, 15));
        } finally {
            emf.close();
        }
    }

    @Test
    void whatTidemarkCannotDoFailsLoudly() {
        assertThatThrownBy(() -> Jpa.factory("schema-bad0", Action.CREATE, Identity.class).close())
                .hasStackTraceContaining("Tidemark has no identity columns");
        assertThatThrownBy(() -> Jpa.factory("schema-bad1", Action.CREATE, UniqueEmail.class).close())
                .hasStackTraceContaining("Tidemark cannot enforce the unique constraint");
        assertThatThrownBy(() -> Jpa.factory("schema-bad2", Action.CREATE, ThreeKeys.class).close())
                .hasStackTraceContaining("Tidemark keys have at most two columns");
        assertThatThrownBy(() -> Jpa.factory("schema-bad3", Action.CREATE, Sequenced.class).close())
                .hasStackTraceContaining("Tidemark needs a primary key for every table");
        assertThatThrownBy(() -> Jpa.factory("schema-bad4", Action.CREATE, Tagged.class).close())
                .hasStackTraceContaining("Tidemark needs a primary key for every table");
    }
}
