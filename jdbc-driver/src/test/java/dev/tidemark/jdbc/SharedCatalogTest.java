package dev.tidemark.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables created and dropped through one connection are seen at once by another that already listed tables. */
class SharedCatalogTest {

    private static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, "tidemark", "%", null)) {
            while (rs.next()) {
                out.add(rs.getString("TABLE_NAME"));
            }
        }
        return out;
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aConnectionSeesTablesCreatedAndDroppedThroughAnother() throws Exception {
        try (Connection a = DriverManager.getConnection("jdbc:tidemark:mem:shared-catalog");
                Connection b = DriverManager.getConnection("jdbc:tidemark:mem:shared-catalog")) {
            assertThat(tables(a)).isEmpty();
            try (Statement s = b.createStatement()) {
                s.execute("create table alpha (id varchar, primary key (id))");
            }
            assertThat(tables(a)).containsExactly("alpha");
            assertThat(count(a, "alpha")).isZero();

            try (Statement s = b.createStatement()) {
                s.execute("create table beta (id varchar, n bigint, primary key (id))");
                s.executeUpdate("insert into beta (id, n) values ('x', 1), ('y', 2)");
            }
            assertThat(tables(a)).containsExactlyInAnyOrder("alpha", "beta");
            assertThat(count(a, "beta")).isEqualTo(2);
            assertThat(a.getMetaData().getColumns(null, "tidemark", "beta", "n").next()).isTrue();

            try (Statement s = b.createStatement()) {
                s.execute("drop table beta");
            }
            assertThat(tables(a)).containsExactly("alpha");
            assertThatThrownBy(() -> count(a, "beta")).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42S02"));

            // a table created through the engine directly, not through SQL, is seen as well
            a.unwrap(dev.tidemark.calcite.TidemarkSchema.class).database().createTable(t -> t.tableName("gamma")
                    .keySchema(SqlFixture.hash("id"))
                    .attributeDefinitions(SqlFixture.def("id", dev.tidemark.engine.model.ScalarAttributeType.S))
                    .billingMode(dev.tidemark.engine.model.BillingMode.PAY_PER_REQUEST));
            assertThat(tables(b)).containsExactlyInAnyOrder("alpha", "gamma");
            assertThat(count(b, "gamma")).isZero();
        }
    }
}
