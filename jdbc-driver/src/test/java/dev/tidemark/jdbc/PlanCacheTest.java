package dev.tidemark.jdbc;

import static dev.tidemark.jdbc.SqlFixture.exec;
import static dev.tidemark.jdbc.SqlFixture.rows;
import static dev.tidemark.jdbc.SqlFixture.update;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.calcite.TidemarkDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A connection keeps the plans of SQL texts it prepared; they must see new data, parameters and DDL. */
class PlanCacheTest {
    TidemarkDatabases.Handle handle;
    Connection c;

    @BeforeEach
    void setUp() throws Exception {
        handle = TidemarkDatabases.openMemory("plancache");
        SqlFixture.load(handle.database());
        c = SqlFixture.connect("jdbc:tidemark:mem:plancache");
    }

    @AfterEach
    void tearDown() throws Exception {
        c.close();
        handle.close();
    }

    @Test
    void theSameTextPreparedAgainSeesItsParametersAndNewData() throws Exception {
        String sql = "select name from users where id = ?";
        assertThat(rows(c, sql, "u1")).containsExactly("Ann");
        assertThat(rows(c, sql, "u2")).containsExactly("Ben");
        assertThat(rows(c, sql, "u7")).isEmpty();
        assertThat(update(c, "insert into users (id, name) values (?, ?)", "u7", "Eve")).isEqualTo(1);
        assertThat(update(c, "insert into users (id, name) values (?, ?)", "u8", "Fay")).isEqualTo(1);
        assertThat(rows(c, sql, "u7")).containsExactly("Eve");
        assertThat(rows(c, sql, "u8")).containsExactly("Fay");
        for (int i = 0; i < 2; i++) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from users")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(5);
            }
        }
    }

    @Test
    void ddlOnThisOrAnotherConnectionReplansTheText() throws Exception {
        exec(c, "create table plans (id varchar, a bigint, primary key (id))");
        update(c, "insert into plans (id, a) values ('x', 1)");
        String sql = "select * from plans";
        assertThat(rows(c, sql)).containsExactly("x; 1; {\"a\":1,\"id\":\"x\"}");
        exec(c, "drop table plans");
        exec(c, "create table plans (id varchar, a bigint, b varchar, primary key (id))");
        update(c, "insert into plans (id, a, b) values ('y', 2, 'bee')");
        assertThat(rows(c, sql)).containsExactly("y; 2; bee; {\"a\":2,\"b\":\"bee\",\"id\":\"y\"}");
        try (Connection other = SqlFixture.connect("jdbc:tidemark:mem:plancache")) {
            exec(other, "drop table plans");
            exec(other, "create table plans (id varchar, c boolean, primary key (id))");
            update(other, "insert into plans (id, c) values ('z', true)");
        }
        assertThat(rows(c, sql)).containsExactly("z; true; {\"c\":true,\"id\":\"z\"}");
    }
}
