package dev.tidemark.jdbc;

import dev.tidemark.engine.Database;
import dev.tidemark.engine.model.AttributeDefinition;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.GlobalSecondaryIndex;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.KeyType;
import dev.tidemark.engine.model.Projection;
import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.ScalarAttributeType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test helpers: sample tables loaded through the engine API, and JDBC shortcuts. */
final class SqlFixture {
    private SqlFixture() {
    }

    static KeySchemaElement hash(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType(KeyType.HASH).build();
    }

    static KeySchemaElement range(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType(KeyType.RANGE).build();
    }

    static AttributeDefinition def(String name, ScalarAttributeType t) {
        return AttributeDefinition.builder().attributeName(name).attributeType(t).build();
    }

    /**
     * orders(customer S, seq N) with GSI byStatus(status S, total N) KEYS_ONLY; 3 customers x 5 orders;
     * users(id S) with 3 users.
     */
    static void load(Database db) {
        db.createTable(t -> t.tableName("orders").keySchema(hash("customer"), range("seq"))
                .attributeDefinitions(def("customer", ScalarAttributeType.S), def("seq", ScalarAttributeType.N),
                        def("status", ScalarAttributeType.S), def("total", ScalarAttributeType.N))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byStatus")
                        .keySchema(hash("status"), range("total"))
                        .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()).build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
        String[] statuses = {"NEW", "PAID", "SHIPPED"};
        for (String c : new String[] {"alice", "bob", "carol"}) {
            for (int i = 1; i <= 5; i++) {
                int seq = i;
                db.putItem(p -> p.tableName("orders").item(Map.of(
                        "customer", AttributeValue.fromS(c),
                        "seq", AttributeValue.fromN(seq),
                        "status", AttributeValue.fromS(statuses[seq % 3]),
                        "total", AttributeValue.fromN(new java.math.BigDecimal(seq * 10 + ".5")),
                        "note", AttributeValue.fromS("order " + seq + " of " + c),
                        "tags", AttributeValue.fromSs("t" + seq))));
            }
        }
        db.createTable(t -> t.tableName("users").keySchema(hash("id"))
                .attributeDefinitions(def("id", ScalarAttributeType.S)).billingMode(BillingMode.PAY_PER_REQUEST));
        db.putItem(p -> p.tableName("users").item(Map.of("id", AttributeValue.fromS("u1"),
                "name", AttributeValue.fromS("Ann"), "age", AttributeValue.fromN(31), "admin", AttributeValue.fromBool(true))));
        db.putItem(p -> p.tableName("users").item(Map.of("id", AttributeValue.fromS("u2"),
                "name", AttributeValue.fromS("Ben"), "age", AttributeValue.fromN(42), "admin", AttributeValue.fromBool(false),
                "address", AttributeValue.fromM(Map.of("city", AttributeValue.fromS("Oslo"))))));
        db.putItem(p -> p.tableName("users").item(Map.of("id", AttributeValue.fromS("u3"),
                "name", AttributeValue.fromS("Cy"), "age", AttributeValue.fromN(27))));
    }

    /** A connection through DriverManager. */
    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url);
    }

    static List<String> rows(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rows(rs);
            }
        }
    }

    static List<String> rows(ResultSet rs) throws SQLException {
        List<String> out = new ArrayList<>();
        ResultSetMetaData md = rs.getMetaData();
        while (rs.next()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                if (i > 1) {
                    sb.append("; ");
                }
                Object o = rs.getObject(i);
                sb.append(o instanceof byte[] b ? new String(b) : String.valueOf(o));
            }
            out.add(sb.toString());
        }
        return out;
    }

    static String plan(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN PLAN FOR " + sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                StringBuilder sb = new StringBuilder();
                while (rs.next()) {
                    sb.append(rs.getString(1));
                }
                return sb.toString();
            }
        }
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
