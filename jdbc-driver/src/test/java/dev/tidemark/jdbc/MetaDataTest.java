package dev.tidemark.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.calcite.TidemarkDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DatabaseMetaData as BI tools call it, column types, URLs and SQLStates. */
class MetaDataTest {
    static TidemarkDatabases.Handle handle;
    static Connection c;

    @BeforeAll
    static void setUp() throws Exception {
        handle = TidemarkDatabases.openMemory("meta");
        SqlFixture.load(handle.database());
        c = DriverManager.getConnection("jdbc:tidemark:mem:meta");
    }

    @AfterAll
    static void tearDown() throws Exception {
        c.close();
        handle.close();
    }

    private static List<String> column(ResultSet rs, String... names) throws SQLException {
        List<String> out = new ArrayList<>();
        try (rs) {
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (String n : names) {
                    sb.append(sb.length() == 0 ? "" : "|").append(rs.getString(n));
                }
                out.add(sb.toString());
            }
        }
        return out;
    }

    @Test
    void namesVersionsAndQuoting() throws Exception {
        DatabaseMetaData md = c.getMetaData();
        assertThat(md.getDatabaseProductName()).isEqualTo("Tidemark");
        assertThat(md.getDriverName()).isEqualTo("Tidemark JDBC Driver");
        assertThat(md.getDriverVersion()).isEqualTo("0.1.0");
        assertThat(md.getDatabaseProductVersion()).isEqualTo("0.1.0");
        assertThat(md.getIdentifierQuoteString()).isEqualTo("\"");
        assertThat(md.getURL()).isEqualTo("jdbc:tidemark:mem:meta");
        assertThat(md.getConnection()).isSameAs(c);
        assertThat(md.supportsTransactions()).isTrue();
        assertThat(c.isValid(1)).isTrue();
        assertThat(DriverManager.getDriver("jdbc:tidemark:mem:x")).isInstanceOf(TidemarkDriver.class);
    }

    @Test
    void tablesAndColumnsWithKeysFirstAndRemarks() throws Exception {
        DatabaseMetaData md = c.getMetaData();
        assertThat(column(md.getTables(null, "tidemark", "%", new String[] {"TABLE"}), "TABLE_NAME"))
                .containsExactlyInAnyOrder("orders", "users");
        assertThat(column(md.getColumns(null, "tidemark", "orders", "%"), "COLUMN_NAME", "TYPE_NAME", "NULLABLE",
                "REMARKS")).containsExactly(
                "customer|VARCHAR|0|partition key",
                "seq|BIGINT|0|sort key",
                "note|VARCHAR|1|inferred from 15 items",
                "status|VARCHAR|1|index key; inferred from 15 items",
                "tags|VARCHAR|1|inferred from 15 items",
                "total|DECIMAL|1|index key; inferred from 15 items",
                "_item|VARCHAR|1|the whole item as JSON");
        assertThat(column(md.getColumns(null, null, "users", null), "COLUMN_NAME", "TYPE_NAME")).containsExactly(
                "id|VARCHAR", "address|VARCHAR", "admin|BOOLEAN", "age|BIGINT", "name|VARCHAR", "_item|VARCHAR");
    }

    @Test
    void valuesHaveBiFriendlyTypes() throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(
                "select id, age, admin, address, _item from users where id = 'u2'")) {
            ResultSetMetaData m = rs.getMetaData();
            assertThat(m.getColumnTypeName(2)).isEqualTo("BIGINT");
            assertThat(m.getColumnTypeName(3)).isEqualTo("BOOLEAN");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong("age")).isEqualTo(42L);
            assertThat(rs.getBoolean("admin")).isFalse();
            assertThat(rs.getString("address")).isEqualTo("{\"city\":\"Oslo\"}");
            assertThat(rs.getString("_item")).isEqualTo(
                    "{\"address\":{\"city\":\"Oslo\"},\"admin\":false,\"age\":42,\"id\":\"u2\",\"name\":\"Ben\"}");
        }
        assertThat(SqlFixture.rows(c, "select tags, total from orders where customer = 'bob' and seq = 2"))
                .containsExactly("[\"t2\"]; 20.5");
    }

    @Test
    void preparedMetadataBeforeExecute() throws Exception {
        try (var ps = c.prepareStatement("select * from orders where customer = ?")) {
            ResultSetMetaData m = ps.getMetaData();
            assertThat(m.getColumnCount()).isEqualTo(7);
            assertThat(m.getColumnName(1)).isEqualTo("customer");
            assertThat(m.isNullable(1)).isEqualTo(ResultSetMetaData.columnNoNulls);
        }
    }

    @Test
    void primaryKeysAcceptPercent() throws Exception {
        DatabaseMetaData md = c.getMetaData();
        assertThat(column(md.getPrimaryKeys(null, null, "%"), "TABLE_NAME", "COLUMN_NAME", "KEY_SEQ", "PK_NAME"))
                .containsExactlyInAnyOrder("orders|customer|1|PRIMARY", "orders|seq|2|PRIMARY", "users|id|1|PRIMARY");
        assertThat(column(md.getPrimaryKeys(null, "tidemark", "users"), "COLUMN_NAME")).containsExactly("id");
        assertThat(column(md.getPrimaryKeys(null, "other", "users"), "COLUMN_NAME")).isEmpty();
    }

    @Test
    void indexInfoListsPrimaryKeyAndSecondaryIndexes() throws Exception {
        DatabaseMetaData md = c.getMetaData();
        assertThat(column(md.getIndexInfo(null, "tidemark", "%", false, true), "TABLE_NAME", "INDEX_NAME",
                "NON_UNIQUE", "ORDINAL_POSITION", "COLUMN_NAME")).containsExactlyInAnyOrder(
                "orders|PRIMARY|false|1|customer", "orders|PRIMARY|false|2|seq",
                "orders|byStatus|true|1|status", "orders|byStatus|true|2|total",
                "users|PRIMARY|false|1|id");
        assertThat(column(md.getIndexInfo(null, null, "orders", true, false), "INDEX_NAME")).containsOnly("PRIMARY");
    }

    @Test
    void foreignKeysAreEmptyAndTypeInfoIsThere() throws Exception {
        DatabaseMetaData md = c.getMetaData();
        try (ResultSet rs = md.getImportedKeys(null, null, "%")) {
            assertThat(rs.next()).isFalse();
            assertThat(rs.findColumn("FKCOLUMN_NAME")).isPositive();
        }
        try (ResultSet rs = md.getExportedKeys(null, null, "orders")) {
            assertThat(rs.next()).isFalse();
        }
        assertThat(column(md.getTypeInfo(), "TYPE_NAME")).contains("VARCHAR", "BIGINT", "DECIMAL", "BOOLEAN", "VARBINARY");
    }

    @Test
    void errorsCarrySqlStates() throws Exception {
        assertThatThrownBy(() -> SqlFixture.rows(c, "select * from nosuch"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42S02"));
        assertThatThrownBy(() -> SqlFixture.rows(c, "selec * from orders"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42000"));
        assertThatThrownBy(() -> SqlFixture.rows(c, "select nosuch from orders"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).startsWith("42"));
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:tidemark:ftp:x"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("08001"));
    }

    @Test
    void sameDirectoryTwiceSharesOneEngine() throws Exception {
        Path dir = Files.createTempDirectory("tidemark-jdbc");
        String url = "jdbc:tidemark:file:" + dir;
        try (Connection a = DriverManager.getConnection(url); Connection b = DriverManager.getConnection(url)) {
            var dbA = a.unwrap(dev.tidemark.calcite.TidemarkSchema.class).database();
            var dbB = b.unwrap(dev.tidemark.calcite.TidemarkSchema.class).database();
            assertThat(dbA).isSameAs(dbB);
            SqlFixture.load(dbA);
            assertThat(SqlFixture.rows(b, "select name from users where id = 'u1'")).containsExactly("Ann");
        }
        // durable: a new connection after all were closed reopens the directory and sees the data
        try (Connection again = DriverManager.getConnection(url)) {
            assertThat(SqlFixture.rows(again, "select count(*) from orders")).containsExactly("15");
        }
    }

    @Test
    void dataSourceConnects() throws Exception {
        TidemarkDataSource ds = new TidemarkDataSource("jdbc:tidemark:mem:meta");
        try (Connection d = ds.getConnection()) {
            assertThat(SqlFixture.rows(d, "select count(*) from users")).containsExactly("3");
        }
    }
}
