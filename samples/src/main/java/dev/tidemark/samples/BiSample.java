package dev.tidemark.samples;

import dev.tidemark.calcite.TidemarkDatabases;
import dev.tidemark.server.DemoData;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Sample 3: the SQL a BI dashboard sends, on the demo data set of {@code tidemark serve --demo}
 * (customers, products, orders, order_lines). Each panel is one query: joins, GROUP BY, date
 * functions on ISO-date strings, HAVING, a pushed-down index read and a parameterised drill-down.
 * The same queries run embedded ({@code jdbc:tidemark:file:}) or against a server
 * ({@code jdbc:tidemark://host:port}), as a BI tool would connect.
 *
 * <p>Run it with {@code ./tidemark sample bi} (embedded, loads the demo data into {@code ./tidemark-bi}
 * on first run) or {@code ./tidemark sample bi --url jdbc:tidemark://localhost:8000 --user admin}
 * against {@code ./tidemark serve --demo}.
 */
public final class BiSample {
    /** A dashboard panel: a title and its SQL, with {@code ?} parameters bound from {@code params}. */
    public record Panel(String title, String sql, List<Object> params) { }

    /** The panels, in the order a dashboard shows them. */
    public static final List<Panel> PANELS = List.of(
            new Panel("Revenue by month (cancelled orders excluded)",
                    "select extract(year from cast(\"orderDate\" as date)) as yr,\n"
                    + "       extract(month from cast(\"orderDate\" as date)) as mon,\n"
                    + "       count(*) as orders, sum(total) as revenue\n"
                    + "from orders where status <> 'CANCELLED'\n"
                    + "group by extract(year from cast(\"orderDate\" as date)), extract(month from cast(\"orderDate\" as date))\n"
                    + "order by yr, mon", List.of()),
            new Panel("Orders by status",
                    "select status, count(*) as orders, sum(total) as revenue, avg(total) as average\n"
                    + "from orders group by status order by orders desc, status", List.of()),
            new Panel("Top 5 customers by revenue",
                    "select c.id, c.name, c.country, count(*) as orders, sum(o.total) as revenue\n"
                    + "from orders o join customers c on o.\"customerId\" = c.id\n"
                    + "where o.status <> 'CANCELLED'\n"
                    + "group by c.id, c.name, c.country order by revenue desc, c.id limit 5", List.of()),
            new Panel("Revenue by country and segment (over 50,000)",
                    "select c.country, c.segment, count(distinct c.id) as customers, sum(o.total) as revenue\n"
                    + "from orders o join customers c on o.\"customerId\" = c.id\n"
                    + "group by c.country, c.segment having sum(o.total) > 50000\n"
                    + "order by c.country, c.segment", List.of()),
            new Panel("Units and revenue by product category",
                    "select p.category, sum(l.quantity) as units, sum(l.amount) as revenue\n"
                    + "from order_lines l join products p on l.sku = p.sku\n"
                    + "group by p.category order by revenue desc", List.of()),
            new Panel("Orders by weekday",
                    "select dayofweek(cast(\"orderDate\" as date)) as weekday, count(*) as orders\n"
                    + "from orders group by dayofweek(cast(\"orderDate\" as date)) order by weekday", List.of()),
            new Panel("Latest 5 shipped orders (read through the byStatus index)",
                    "select \"orderId\", \"customerId\", \"orderDate\", total from orders$byStatus\n"
                    + "where status = 'SHIPPED' order by \"orderDate\" desc, \"orderId\" desc limit 5", List.of()),
            new Panel("Drill-down: one customer's orders in the first quarter",
                    "select o.\"orderId\", o.\"orderDate\", o.status, o.total, count(l.line) as lines\n"
                    + "from orders o join order_lines l on l.\"orderId\" = o.\"orderId\"\n"
                    + "where o.\"customerId\" = ? and o.\"orderDate\" between ? and ?\n"
                    + "group by o.\"orderId\", o.\"orderDate\", o.status, o.total order by o.\"orderDate\"",
                    List.of("C0104", "2025-01-01", "2025-03-31")));

    private BiSample() {
    }

    /**
     * Runs the sample.
     *
     * @param args {@code [dir]} for embedded, or {@code --url <url> <user> <password>}
     */
    public static void main(String[] args) throws SQLException {
        if (args.length >= 2 && args[0].equals("--url")) {
            runRemote(args[1], args.length > 2 ? args[2] : "admin", args.length > 3 ? args[3] : "", System.out);
        } else {
            runEmbedded(Path.of(args.length > 0 ? args[0] : "tidemark-bi"), System.out);
        }
    }

    /** Loads the demo data into {@code dir} on first use, then runs the panels on the embedded URL. */
    public static Map<String, List<List<String>>> runEmbedded(Path dir, PrintStream out) throws SQLException {
        Path abs = dir.toAbsolutePath().normalize();
        try (TidemarkDatabases.Handle h = TidemarkDatabases.open(abs)) {
            if (DemoData.isEmpty(h.database())) {
                out.println("Loading the demo data set into " + abs + " ...");
                out.println("  " + DemoData.load(h.database()) + " items");
            }
            String url = "jdbc:tidemark:file:" + abs;
            out.println("Connecting to " + url);
            try (Connection c = DriverManager.getConnection(url)) {
                return run(c, out);
            }
        }
    }

    /** Runs the panels against a server, e.g. one started with {@code tidemark serve --demo}. */
    public static Map<String, List<List<String>>> runRemote(String url, String user, String password, PrintStream out)
            throws SQLException {
        String jdbcUrl = url.startsWith("jdbc:") ? url : "jdbc:tidemark://" + url;
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        out.println("Connecting to " + jdbcUrl + " as " + user);
        try (Connection c = DriverManager.getConnection(jdbcUrl, p)) {
            return run(c, out);
        }
    }

    /** Runs every panel on {@code c}, prints each result and returns the rows by panel title. */
    public static Map<String, List<List<String>>> run(Connection c, PrintStream out) throws SQLException {
        Map<String, List<List<String>>> results = new LinkedHashMap<>();
        for (Panel panel : PANELS) {
            out.println();
            out.println("== " + panel.title());
            try (PreparedStatement ps = c.prepareStatement(panel.sql())) {
                for (int i = 0; i < panel.params().size(); i++) {
                    ps.setObject(i + 1, panel.params().get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    List<List<String>> rows = print(rs, out);
                    results.put(panel.title(), rows);
                }
            }
        }
        return results;
    }

    private static List<List<String>> print(ResultSet rs, PrintStream out) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        List<String> header = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            header.add(md.getColumnLabel(i));
        }
        List<List<String>> rows = new ArrayList<>();
        while (rs.next()) {
            List<String> row = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                Object v = rs.getObject(i);
                if (v instanceof BigDecimal d) {
                    v = d.scale() > 2 ? d.setScale(2, java.math.RoundingMode.HALF_UP) : d;
                }
                row.add(v == null ? "" : v.toString());
            }
            rows.add(row);
        }
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = header.get(i).length();
            for (List<String> r : rows) {
                w[i] = Math.max(w[i], r.get(i).length());
            }
        }
        out.println(line(header, w));
        for (List<String> r : rows) {
            out.println(line(r, w));
        }
        out.println("(" + rows.size() + " rows)");
        return rows;
    }

    private static String line(List<String> cells, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            sb.append(i == 0 ? "" : "  ").append(String.format("%-" + w[i] + "s", cells.get(i)));
        }
        return sb.toString().stripTrailing();
    }
}
