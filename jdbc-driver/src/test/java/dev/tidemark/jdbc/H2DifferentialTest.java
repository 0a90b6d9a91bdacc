package dev.tidemark.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.tidemark.calcite.TidemarkDatabases;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same random data in Tidemark and in H2; generated SELECTs (filters on keys and non-keys, IN,
 * ranges, prefixes, index keys, joins, GROUP BY, ORDER BY with LIMIT) must return the same rows.
 * The number of queries is {@code tidemark.h2.queries} (default 300).
 */
class H2DifferentialTest {
    static final int QUERIES = Integer.getInteger("tidemark.h2.queries", 300);
    static final String[] STATUSES = {"NEW", "PAID", "SHIPPED", "LOST"};
    static final String[] REGIONS = {"north", "south", "east"};
    static TidemarkDatabases.Handle handle;
    static Connection tm;
    static Connection h2;

    @BeforeAll
    static void load() throws Exception {
        handle = TidemarkDatabases.openMemory("h2diff");
        tm = SqlFixture.connect("jdbc:tidemark:mem:h2diff");
        h2 = DriverManager.getConnection("jdbc:h2:mem:h2diff;DB_CLOSE_DELAY=-1");
        String orders = "create table orders (customer varchar(10), seq bigint, status varchar(10), qty bigint,"
                + " total decimal(12, 2), primary key (customer, seq))";
        String customers = "create table customers (id varchar(10), region varchar(10), score bigint, primary key (id))";
        for (Connection c : new Connection[] {tm, h2}) {
            try (Statement s = c.createStatement()) {
                s.execute(orders);
                s.execute(customers);
            }
        }
        try (Statement s = tm.createStatement()) {
            s.execute("create index byStatus on orders (status, seq)");
            s.execute("create index byRegion on customers (region) keys only");
        }
        Random r = new Random(42);
        List<String> orderRows = new ArrayList<>();
        for (int c = 0; c < 20; c++) {
            int n = r.nextInt(25);
            for (int seq = 1; seq <= n; seq++) {
                orderRows.add("('c" + String.format("%02d", c) + "', " + seq + ", "
                        + (r.nextInt(10) == 0 ? "null" : "'" + STATUSES[r.nextInt(STATUSES.length)] + "'") + ", "
                        + (r.nextInt(8) == 0 ? "null" : String.valueOf(r.nextInt(50))) + ", "
                        + new BigDecimal(r.nextInt(100_000)).movePointLeft(2) + ")");
            }
        }
        List<String> customerRows = new ArrayList<>();
        for (int c = 0; c < 24; c++) {
            customerRows.add("('c" + String.format("%02d", c) + "', '" + REGIONS[r.nextInt(REGIONS.length)] + "', "
                    + (r.nextInt(6) == 0 ? "null" : String.valueOf(r.nextInt(1000))) + ")");
        }
        insert("orders (customer, seq, status, qty, total)", orderRows);
        insert("customers (id, region, score)", customerRows);
    }

    private static void insert(String into, List<String> rows) throws SQLException {
        for (int i = 0; i < rows.size(); i += 50) {
            String sql = "insert into " + into + " values " + String.join(", ", rows.subList(i, Math.min(rows.size(), i + 50)));
            for (Connection c : new Connection[] {tm, h2}) {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate(sql);
                }
            }
        }
    }

    @AfterAll
    static void close() throws Exception {
        tm.close();
        h2.close();
        handle.close();
    }

    /** One generated query: its text and whether its row order is defined. */
    record Query(String sql, boolean ordered) {
    }

    static String customer(Random r) {
        return "'c" + String.format("%02d", r.nextInt(22)) + "'";
    }

    static String orderPredicate(Random r, String p) {
        return switch (r.nextInt(12)) {
            case 0 -> p + "customer = " + customer(r);
            case 1 -> p + "customer = " + customer(r) + " and " + p + "seq = " + r.nextInt(26);
            case 2 -> p + "customer = " + customer(r) + " and " + p + "seq between " + r.nextInt(10) + " and " + (5 + r.nextInt(20));
            case 3 -> p + "customer in (" + customer(r) + ", " + customer(r) + ", " + customer(r) + ")";
            case 4 -> p + "customer = " + customer(r) + " and " + p + "seq > " + r.nextInt(20);
            case 5 -> p + "status = '" + STATUSES[r.nextInt(STATUSES.length)] + "'";
            case 6 -> p + "status = '" + STATUSES[r.nextInt(STATUSES.length)] + "' and " + p + "seq <= " + r.nextInt(20);
            case 7 -> p + "qty < " + r.nextInt(50);
            case 8 -> p + "total >= " + r.nextInt(1000) + " and " + p + "qty is not null";
            case 9 -> p + "customer like 'c1%'";
            case 10 -> "(" + p + "status is null or " + p + "qty > " + r.nextInt(50) + ")";
            default -> p + "customer = " + customer(r) + " and (" + p + "status = 'PAID' or " + p + "seq < 5)";
        };
    }

    static Query generate(Random r) {
        String where = r.nextInt(6) == 0 ? "" : " where " + orderPredicate(r, "");
        switch (r.nextInt(8)) {
            case 0:
            case 1:
                return new Query("select customer, seq, status, qty, total from orders" + where, false);
            case 2: {
                String dir = r.nextBoolean() ? "" : " desc";
                return new Query("select customer, seq, total from orders" + where + " order by customer" + dir
                        + ", seq" + dir + " limit " + (1 + r.nextInt(30)), true);
            }
            case 3: {
                String key = r.nextBoolean() ? "customer" : "status";
                return new Query("select " + key + ", count(*), sum(qty), min(seq), max(total) from orders" + where
                        + " group by " + key, false);
            }
            case 4: {
                String w = " where " + orderPredicate(r, "o.") + (r.nextBoolean() ? " and c.region = '"
                        + REGIONS[r.nextInt(REGIONS.length)] + "'" : "");
                return new Query("select o.customer, o.seq, c.region, c.score from orders o join customers c"
                        + " on o.customer = c.id" + w, false);
            }
            case 6: {
                // a global aggregate: one row even when nothing matches
                return new Query("select count(*), count(status), sum(total), sum(qty), min(status), max(customer), min(total)"
                        + " from orders" + where, false);
            }
            case 7: {
                String neg = r.nextBoolean() ? "not (" + orderPredicate(r, "") + ")" : "status <> '" + STATUSES[r.nextInt(STATUSES.length)] + "'";
                return new Query("select status, qty, count(*), sum(total), max(seq) from orders where " + neg
                        + " group by status, qty", false);
            }
            default: {
                String w = r.nextBoolean() ? " where region = '" + REGIONS[r.nextInt(REGIONS.length)] + "'"
                        : " where score > " + r.nextInt(1000);
                return new Query("select c.id, count(o.seq) from customers c left join orders o on o.customer = c.id"
                        + w + " group by c.id having count(o.seq) >= " + r.nextInt(5), false);
            }
        }
    }

    static List<String> run(Connection c, Query q) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(q.sql())) {
            return rows(rs, q.ordered());
        }
    }

    static List<String> rows(ResultSet rs, boolean ordered) throws SQLException {
        List<String> out = new ArrayList<>();
        {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    Object o = rs.getObject(i);
                    String v = o == null ? "null" : o instanceof Number num
                            ? new BigDecimal(num.toString()).stripTrailingZeros().toPlainString() : o.toString();
                    sb.append(i > 1 ? " | " : "").append(v);
                }
                out.add(sb.toString());
            }
        }
        if (!ordered) {
            Collections.sort(out);
        }
        return out;
    }

    /** A statement with {@code ?} parameters and their values. */
    record Prepared(String sql, List<Object> params) {
    }

    static Prepared generatePrepared(Random r) {
        List<Object> p = new ArrayList<>();
        String where = switch (r.nextInt(7)) {
            case 0 -> {
                p.add("c" + String.format("%02d", r.nextInt(22)));
                p.add((long) r.nextInt(50));
                yield "customer = ? and qty > ?";
            }
            case 1 -> {
                p.add(STATUSES[r.nextInt(STATUSES.length)]);
                yield "status <> ?";
            }
            case 2 -> {
                p.add(new BigDecimal(r.nextInt(100_000)).movePointLeft(2));
                p.add((long) r.nextInt(26));
                yield "total < ? and seq >= ?";
            }
            case 3 -> {
                p.add((long) r.nextInt(50));
                p.add(STATUSES[r.nextInt(STATUSES.length)]);
                yield "(qty <= ? or status = ?)";
            }
            case 4 -> {
                p.add((long) r.nextInt(50));
                yield "not (qty = ?)";
            }
            case 5 -> {
                p.add("c" + String.format("%02d", r.nextInt(22)));
                p.add((long) r.nextInt(26));
                yield "customer = ? and seq = ? and status is not null";
            }
            default -> {
                p.add((long) (r.nextInt(60) - 5));
                yield "qty > ? and status is null";
            }
        };
        String sql = switch (r.nextInt(3)) {
            case 0 -> "select customer, seq, status, qty, total from orders where " + where;
            case 1 -> "select status, count(*), sum(qty), min(total), max(customer) from orders where " + where + " group by status";
            default -> "select count(*), sum(total), max(qty) from orders where " + where;
        };
        return new Prepared(sql, p);
    }

    static List<String> run(Connection c, Prepared q) throws SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement(q.sql())) {
            for (int i = 0; i < q.params().size(); i++) {
                ps.setObject(i + 1, q.params().get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rows(rs, false);
            }
        }
    }

    @Test
    void preparedStatementsWithParametersReturnTheSameRowsAsH2() {
        qt().withExamples(QUERIES / 2).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
            Prepared q = generatePrepared(new Random(seed));
            try {
                assertThat(run(tm, q)).as(q.sql() + " " + q.params()).isEqualTo(run(h2, q));
            } catch (SQLException e) {
                throw new AssertionError(q.sql() + " " + q.params() + ": " + e, e);
            }
        });
    }

    @Test
    void aggregatesOverParallelScanSegmentsReturnTheSameRowsAsH2() {
        String before = System.getProperty("tidemark.sql.parallelScanRows");
        System.setProperty("tidemark.sql.parallelScanRows", "0");
        try {
            qt().withExamples(QUERIES / 3).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
                Random r = new Random(seed);
                Query q = r.nextBoolean() ? generate(r) : new Query("select count(*), sum(total), min(status), max(qty)"
                        + " from orders where " + orderPredicate(r, ""), false);
                try {
                    assertThat(run(tm, q)).as(q.sql()).isEqualTo(run(h2, q));
                } catch (SQLException e) {
                    throw new AssertionError(q.sql() + ": " + e, e);
                }
            });
        } finally {
            if (before == null) {
                System.clearProperty("tidemark.sql.parallelScanRows");
            } else {
                System.setProperty("tidemark.sql.parallelScanRows", before);
            }
        }
    }

    @Test
    void generatedQueriesReturnTheSameRowsAsH2() {
        qt().withExamples(QUERIES).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
            Query q = generate(new Random(seed));
            try {
                assertThat(run(tm, q)).as(q.sql()).isEqualTo(run(h2, q));
            } catch (SQLException e) {
                throw new AssertionError(q.sql() + ": " + e, e);
            }
        });
    }
}
