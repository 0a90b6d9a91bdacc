package dev.tidemark.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Column types declared by CREATE TABLE survive a restart of a durable database, even for an empty table. */
class DeclaredColumnsRestartTest {

    private static Map<String, String> columnTypes(Connection c, String table) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, "tidemark", table, "%")) {
            while (rs.next()) {
                out.put(rs.getString("COLUMN_NAME"), rs.getString("TYPE_NAME"));
            }
        }
        return out;
    }

    @Test
    void declaredTypesAreIntactAfterReopening(@TempDir Path dir) throws Exception {
        String url = "jdbc:tidemark:file:" + dir.resolve("db");
        Map<String, String> before;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("create table people (id varchar, age bigint, height decimal(5, 2), vip boolean, photo varbinary,"
                    + " nick varchar, primary key (id))");
            // one item whose values alone would be sampled as other types: age looks like a decimal, nick like a number
            s.executeUpdate("insert into people (id, nick) values ('p1', '42')");
            s.execute("create table empty_one (k bigint, note varchar, score decimal(10, 2), primary key (k))");
            before = columnTypes(c, "people");
            assertThat(before).containsEntry("age", "BIGINT").containsEntry("height", "DECIMAL")
                    .containsEntry("vip", "BOOLEAN").containsEntry("photo", "VARBINARY").containsEntry("nick", "VARCHAR");
        }
        // the last connection closed the database: the next one opens it again from its directory
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            assertThat(columnTypes(c, "people")).isEqualTo(before);
            assertThat(columnTypes(c, "empty_one")).containsEntry("k", "BIGINT").containsEntry("note", "VARCHAR")
                    .containsEntry("score", "DECIMAL");
            try (ResultSet rs = s.executeQuery("select nick, age from people where id = 'p1'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getObject(1)).isEqualTo("42");
                assertThat(rs.getObject(2)).isNull();
            }
            // DROP removes the declarations with the table; a new table of that name starts without them
            s.execute("drop table empty_one");
            s.execute("create table empty_one (k bigint, primary key (k))");
            assertThat(columnTypes(c, "empty_one")).containsOnlyKeys("k", "_item");
        }
    }
}
