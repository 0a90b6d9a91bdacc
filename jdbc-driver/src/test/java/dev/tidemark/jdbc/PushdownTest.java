package dev.tidemark.jdbc;

import static dev.tidemark.jdbc.SqlFixture.plan;
import static dev.tidemark.jdbc.SqlFixture.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.calcite.TidemarkDatabases;
import java.sql.Connection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each pushdown rule: the rows, and the plan showing what reached the engine and what Calcite still does. */
class PushdownTest {
    static TidemarkDatabases.Handle handle;
    static Connection c;

    @BeforeAll
    static void setUp() throws Exception {
        handle = TidemarkDatabases.openMemory("pushdown");
        SqlFixture.load(handle.database());
        c = SqlFixture.connect("jdbc:tidemark:mem:pushdown");
    }

    @AfterAll
    static void tearDown() throws Exception {
        c.close();
        handle.close();
    }

    @Test
    void fullKeyEqualityIsOneGetItem() throws Exception {
        String q = "select note from orders where customer = 'bob' and seq = 3";
        assertThat(rows(c, q)).containsExactly("order 3 of bob");
        assertThat(plan(c, q)).contains("access=[GetItem], key=[customer = 'bob' AND seq = 3], project=[[note]]")
                .doesNotContain("EnumerableCalc").doesNotContain("Filter");
    }

    @Test
    void partitionKeyOfHashOnlyTableIsGetItem() throws Exception {
        String q = "select name, age from users where id = 'u2'";
        assertThat(rows(c, q)).containsExactly("Ben; 42");
        assertThat(plan(c, q)).contains("access=[GetItem], key=[id = 'u2']");
    }

    @Test
    void partitionKeyAloneIsQuery() throws Exception {
        String q = "select seq from orders where customer = 'alice'";
        assertThat(rows(c, q)).containsExactly("1", "2", "3", "4", "5");
        assertThat(plan(c, q)).contains("access=[Query], key=[customer = 'alice']").doesNotContain("Filter");
    }

    @Test
    void sortKeyComparisonsBecomeKeyConditions() throws Exception {
        assertThat(rows(c, "select seq from orders where customer = 'bob' and seq < 3")).containsExactly("1", "2");
        assertThat(plan(c, "select seq from orders where customer = 'bob' and seq < 3"))
                .contains("key=[customer = 'bob' AND seq < 3]").doesNotContain("Filter").doesNotContain("Calc");
        assertThat(rows(c, "select seq from orders where customer = 'bob' and seq <= 3")).containsExactly("1", "2", "3");
        assertThat(plan(c, "select seq from orders where customer = 'bob' and seq <= 3")).contains("seq <= 3");
        assertThat(rows(c, "select seq from orders where customer = 'bob' and seq > 3")).containsExactly("4", "5");
        assertThat(plan(c, "select seq from orders where customer = 'bob' and seq > 3")).contains("seq > 3");
        assertThat(rows(c, "select seq from orders where customer = 'bob' and 3 <= seq")).containsExactly("3", "4", "5");
        assertThat(plan(c, "select seq from orders where customer = 'bob' and 3 <= seq")).contains("seq >= 3");
    }

    @Test
    void betweenIsOneKeyCondition() throws Exception {
        String q = "select seq from orders where customer = 'carol' and seq between 2 and 4";
        assertThat(rows(c, q)).containsExactly("2", "3", "4");
        assertThat(plan(c, q)).contains("key=[customer = 'carol' AND seq BETWEEN 2 AND 4]")
                .doesNotContain("Filter").doesNotContain("Calc");
    }

    @Test
    void openRangeOnBothSidesKeepsTheStrictBoundsAsAFilterInTheRead() throws Exception {
        String q = "select seq from orders where customer = 'carol' and seq > 2 and seq < 5";
        assertThat(rows(c, q)).containsExactly("3", "4");
        assertThat(plan(c, q)).contains("seq BETWEEN 2 AND 5").contains("filter=[seq > 2 AND seq < 5]")
                .doesNotContain("EnumerableCalc");
    }

    @Test
    void simpleComparisonsAreEvaluatedInsideTheReadAndLimitStaysPushed() throws Exception {
        String q = "select seq from orders where customer = 'bob' and status = 'PAID' limit 1";
        assertThat(rows(c, q)).containsExactly("1");
        assertThat(plan(c, q)).contains("key=[customer = 'bob'], filter=[status = 'PAID']").contains("limit=[1]")
                .doesNotContain("EnumerableCalc").doesNotContain("EnumerableLimit");
    }

    @Test
    void groupByIsFoldedInsideTheRead() throws Exception {
        String q = "select customer, count(*), sum(seq), min(status), max(seq) from orders where seq > 1 group by customer";
        assertThat(plan(c, q)).contains("TidemarkAggregate").contains("filter=[seq > 1]").contains("group=[[customer]]")
                .contains("aggregates=[[COUNT(*), SUM(seq), MIN(status), MAX(seq)]]").doesNotContain("EnumerableAggregate");
        java.util.List<String> direct = rows(c, q);
        // the same through Calcite's own aggregate (DISTINCT is not folded)
        java.util.List<String> viaCalcite = rows(c, "select customer, count(distinct seq), sum(seq), min(status), max(seq) from orders"
                + " where seq > 1 group by customer");
        assertThat(direct).isNotEmpty().containsExactlyInAnyOrderElementsOf(viaCalcite);
        assertThat(plan(c, "select count(*) from orders where status = 'none'")).contains("TidemarkAggregate");
        assertThat(rows(c, "select count(*), sum(seq), max(status) from orders where status = 'none'"))
                .containsExactly("0; null; null");
    }

    @Test
    void likePrefixOnSortKeyIsBeginsWith() throws Exception {
        handle.database().createTable(t -> t.tableName("events").keySchema(SqlFixture.hash("device"), SqlFixture.range("at"))
                .attributeDefinitions(SqlFixture.def("device", dev.tidemark.engine.model.ScalarAttributeType.S),
                        SqlFixture.def("at", dev.tidemark.engine.model.ScalarAttributeType.S))
                .billingMode(dev.tidemark.engine.model.BillingMode.PAY_PER_REQUEST));
        for (String at : new String[] {"2026-01-05", "2026-02-01", "2026-02-17", "2026-03-09"}) {
            handle.database().putItem(p -> p.tableName("events").item(java.util.Map.of(
                    "device", dev.tidemark.engine.model.AttributeValue.fromS("d1"),
                    "at", dev.tidemark.engine.model.AttributeValue.fromS(at))));
        }
        try (Connection fresh = SqlFixture.connect("jdbc:tidemark:mem:pushdown")) {
            String q = "select \"at\" from events where device = 'd1' and \"at\" like '2026-02%'";
            assertThat(rows(fresh, q)).containsExactly("2026-02-01", "2026-02-17");
            assertThat(plan(fresh, q)).contains("key=[device = 'd1' AND at begins_with '2026-02']")
                    .doesNotContain("LIKE");
            // a pattern with other wildcards stays with Calcite
            String q2 = "select \"at\" from events where device = 'd1' and \"at\" like '2026-_2%'";
            assertThat(rows(fresh, q2)).containsExactly("2026-02-01", "2026-02-17");
            assertThat(plan(fresh, q2)).contains("key=[device = 'd1']").contains("LIKE");
        }
    }

    @Test
    void orderBySortKeyWithinAPartitionIsTheReadDirection() throws Exception {
        String desc = "select seq from orders where customer = 'alice' order by seq desc";
        assertThat(rows(c, desc)).containsExactly("5", "4", "3", "2", "1");
        assertThat(plan(c, desc)).contains("order=[DESC]").doesNotContain("EnumerableSort");
        String asc = "select seq, note from orders where customer = 'alice' order by seq";
        assertThat(rows(c, asc)).first().isEqualTo("1; order 1 of alice");
        assertThat(plan(c, asc)).contains("order=[ASC]").doesNotContain("EnumerableSort");
    }

    @Test
    void orderByOnOtherColumnsOrAcrossPartitionsIsSortedByCalcite() throws Exception {
        String q = "select seq from orders where customer = 'alice' order by note desc";
        assertThat(rows(c, q)).containsExactly("5", "4", "3", "2", "1");
        assertThat(plan(c, q)).contains("EnumerableSort");
        String q2 = "select customer, seq from orders where customer in ('alice', 'bob') order by seq desc";
        assertThat(rows(c, q2)).hasSize(10).first().asString().endsWith("; 5");
        assertThat(plan(c, q2)).contains("EnumerableSort");
    }

    @Test
    void limitAndProjectionArePushed() throws Exception {
        String q = "select customer, seq from orders limit 4";
        assertThat(rows(c, q)).hasSize(4);
        assertThat(plan(c, q)).contains("access=[Scan], project=[[customer, seq]], limit=[4]");
        String top = "select seq from orders where customer = 'bob' order by seq desc limit 2";
        assertThat(rows(c, top)).containsExactly("5", "4");
        assertThat(plan(c, top)).contains("key=[customer = 'bob'], project=[[seq]], order=[DESC], limit=[2]");
    }

    @Test
    void leftoverPredicateIsEvaluatedByCalcite() throws Exception {
        String q = "select seq from orders where customer = 'bob' and note like '%4%'";
        assertThat(rows(c, q)).containsExactly("4");
        assertThat(plan(c, q)).contains("key=[customer = 'bob']").contains("LIKE");
        // and a limit over a leftover filter is not pushed below it
        String q2 = "select seq from orders where customer = 'bob' and note like '%of%' limit 1";
        assertThat(rows(c, q2)).containsExactly("1");
        assertThat(plan(c, q2)).doesNotContain("limit=[");
    }

    @Test
    void inOnPartitionKeyIsSeveralLookups() throws Exception {
        String q = "select name from users where id in ('u1', 'u3', 'nobody')";
        assertThat(rows(c, q)).containsExactlyInAnyOrder("Ann", "Cy");
        assertThat(plan(c, q)).contains("access=[GetItem], key=[id IN ('nobody', 'u1', 'u3')]");
        String q2 = "select customer, seq from orders where customer in ('alice', 'carol') and seq = 2";
        assertThat(rows(c, q2)).containsExactlyInAnyOrder("alice; 2", "carol; 2");
        assertThat(plan(c, q2)).contains("key=[customer IN ('alice', 'carol') AND seq = 2]");
    }

    @Test
    void bindParametersArePushed() throws Exception {
        String q = "select note from orders where customer = ? and seq = ?";
        assertThat(rows(c, q, "carol", 5)).containsExactly("order 5 of carol");
        assertThat(plan(c, q, "carol", 5)).contains("access=[GetItem], key=[customer = ?0 AND seq = ?1]");
        String range = "select seq from orders where customer = ? and seq between ? and ? order by seq desc limit ?";
        assertThat(rows(c, range, "alice", 2, 5, 2)).containsExactly("5", "4");
        assertThat(plan(c, range, "alice", 2, 5, 2))
                .contains("key=[customer = ?0 AND seq BETWEEN ?1 AND ?2]").contains("order=[DESC], limit=[?3]");
        // one prepared statement, executed with several values
        try (var ps = c.prepareStatement("select name from users where id = ?")) {
            for (String[] pair : new String[][] {{"u1", "Ann"}, {"u3", "Cy"}}) {
                ps.setString(1, pair[0]);
                try (var rs = ps.executeQuery()) {
                    assertThat(SqlFixture.rows(rs)).containsExactly(pair[1]);
                }
            }
            ps.setString(1, "missing");
            try (var rs = ps.executeQuery()) {
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @Test
    void equalityOnAnIndexKeyQueriesTheIndex() throws Exception {
        String q = "select customer, seq from orders where status = 'NEW'";
        assertThat(rows(c, q)).containsExactlyInAnyOrder("alice; 3", "bob; 3", "carol; 3");
        assertThat(plan(c, q)).contains("access=[Query], index=[byStatus], key=[status = 'NEW']");
        String q2 = "select customer, seq from orders where status = ? and total > 40";
        assertThat(rows(c, q2, "SHIPPED")).containsExactlyInAnyOrder("alice; 5", "bob; 5", "carol; 5");
        assertThat(plan(c, q2, "SHIPPED")).contains("index=[byStatus], key=[status = ?0 AND total > 40]");
    }

    @Test
    void tableKeyOutranksIndex() throws Exception {
        String q = "select seq from orders where customer = 'bob' and status = 'PAID'";
        assertThat(rows(c, q)).containsExactly("1", "4");
        assertThat(plan(c, q)).contains("access=[Query], key=[customer = 'bob']").doesNotContain("index=");
    }

    @Test
    void noKeyConditionIsAScan() throws Exception {
        String q = "select id from users where age > 30";
        assertThat(rows(c, q)).containsExactlyInAnyOrder("u1", "u2");
        assertThat(plan(c, q)).contains("access=[Scan]");
    }

    @Test
    void generalSqlRunsInCalcite() throws Exception {
        assertThat(rows(c, "select customer, count(*), sum(total) from orders group by customer having count(*) > 4 "
                + "order by 1")).containsExactly("alice; 5; 152.5", "bob; 5; 152.5", "carol; 5; 152.5");
        assertThat(rows(c, "select u.name, count(*) from users u join orders o on o.status = 'NEW' and u.id = 'u1' "
                + "group by u.name")).containsExactly("Ann; 3");
        assertThat(rows(c, "select count(*) from (select distinct status from orders)")).containsExactly("3");
        assertThat(rows(c, "select 1")).containsExactly("1");
    }

    @Test
    void probeQueriesDoNotReadTheTable() throws Exception {
        for (String q : new String[] {"select * from orders where 1 = 0", "select true from orders where 1 <> 1 limit 0",
            "select * from orders limit 0"}) {
            assertThat(rows(c, q)).isEmpty();
            assertThat(plan(c, q)).doesNotContain("TidemarkEnumerableQuery");
        }
    }
}
