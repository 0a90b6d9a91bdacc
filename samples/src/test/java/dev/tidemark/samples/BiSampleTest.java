package dev.tidemark.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.engine.Database;
import dev.tidemark.engine.ScanResult;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.server.TidemarkServer;
import dev.tidemark.server.internal.UserStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the BI sample embedded, checks its panels against sums computed from the engine's own scans,
 * then runs it again over remote JDBC against a server on the same directory and expects the same rows.
 */
class BiSampleTest {
    @TempDir
    Path dir;

    @Test
    void dashboardPanelsAreRightEmbeddedAndRemote() throws Exception {
        Path data = dir.resolve("db");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Map<String, List<List<String>>> embedded = BiSample.runEmbedded(data, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("Loading the demo data set").contains("== Revenue by month");
        assertThat(embedded).hasSize(BiSample.PANELS.size());

        List<Map<String, AttributeValue>> orders;
        List<Map<String, AttributeValue>> lines;
        List<Map<String, AttributeValue>> products;
        try (Database db = Database.open(data)) {
            orders = scan(db, "orders");
            lines = scan(db, "order_lines");
            products = scan(db, "products");
        }
        // revenue by month, from the items themselves
        Map<String, BigDecimal> byMonth = new TreeMap<>();
        Map<String, Integer> countByMonth = new TreeMap<>();
        for (Map<String, AttributeValue> o : orders) {
            if (!o.get("status").s().equals("CANCELLED")) {
                LocalDate d = LocalDate.parse(o.get("orderDate").s());
                String key = d.getYear() + "-" + String.format("%02d", d.getMonthValue());
                byMonth.merge(key, o.get("total").nAsBigDecimal(), BigDecimal::add);
                countByMonth.merge(key, 1, Integer::sum);
            }
        }
        List<List<String>> months = embedded.get(BiSample.PANELS.get(0).title());
        assertThat(months).hasSize(byMonth.size());
        int i = 0;
        for (Map.Entry<String, BigDecimal> e : byMonth.entrySet()) {
            List<String> row = months.get(i++);
            assertThat(row.get(0) + "-" + String.format("%02d", Integer.parseInt(row.get(1)))).isEqualTo(e.getKey());
            assertThat(Integer.parseInt(row.get(2))).isEqualTo(countByMonth.get(e.getKey()));
            assertThat(new BigDecimal(row.get(3))).isEqualByComparingTo(e.getValue());
        }
        // units by category: a join of order_lines and products
        Map<String, String> category = new HashMap<>();
        for (Map<String, AttributeValue> p : products) {
            category.put(p.get("sku").s(), p.get("category").s());
        }
        Map<String, Long> units = new HashMap<>();
        for (Map<String, AttributeValue> l : lines) {
            units.merge(category.get(l.get("sku").s()), Long.parseLong(l.get("quantity").n()), Long::sum);
        }
        List<List<String>> categories = embedded.get(BiSample.PANELS.get(4).title());
        assertThat(categories).hasSize(units.size());
        for (List<String> row : categories) {
            assertThat(Long.parseLong(row.get(1))).as(row.get(0)).isEqualTo(units.get(row.get(0)));
        }
        // every order counted once by weekday
        assertThat(embedded.get(BiSample.PANELS.get(5).title()).stream().mapToLong(r -> Long.parseLong(r.get(1))).sum())
                .isEqualTo(orders.size());
        // the drill-down finds the customer's first-quarter orders with their line counts
        long q1 = orders.stream().filter(o -> o.get("customerId").s().equals("C0104")
                && o.get("orderDate").s().compareTo("2025-03-31") <= 0).count();
        List<List<String>> drill = embedded.get(BiSample.PANELS.get(7).title());
        assertThat(drill).hasSize((int) q1).isNotEmpty();
        for (List<String> row : drill) {
            long n = lines.stream().filter(l -> l.get("orderId").s().equals(row.get(0))).count();
            assertThat(Long.parseLong(row.get(4))).isEqualTo(n);
        }

        // the same panels over the remote URL
        Path users = dir.resolve("users.properties");
        UserStore.create(users, "analyst", "dashboards");
        try (TidemarkServer server = TidemarkServer.start(data, "127.0.0.1", 0, users, System.out)) {
            ByteArrayOutputStream remoteOut = new ByteArrayOutputStream();
            Map<String, List<List<String>>> remote = BiSample.runRemote(server.url(), "analyst", "dashboards",
                    new PrintStream(remoteOut, true, StandardCharsets.UTF_8));
            assertThat(remote).isEqualTo(embedded);
            assertThat(remoteOut.toString(StandardCharsets.UTF_8)).contains("Connecting to " + server.url() + " as analyst");
        }
    }

    private static List<Map<String, AttributeValue>> scan(Database db, String table) {
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            ScanResult r = db.scan(s -> s.tableName(table).exclusiveStartKey(from));
            out.addAll(r.items());
            start = r.lastEvaluatedKey();
        } while (start != null);
        return out;
    }
}
