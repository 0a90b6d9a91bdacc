package dev.tidemark.jdbc;

import static dev.tidemark.jdbc.SqlFixture.rows;
import static dev.tidemark.jdbc.SqlFixture.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.calcite.TidemarkDatabases;
import dev.tidemark.engine.model.AttributeValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** INSERT, UPDATE, DELETE and JDBC transactions, checked through SQL and through the engine. */
class DmlTest {
    TidemarkDatabases.Handle handle;
    Connection c;

    @BeforeEach
    void setUp() throws Exception {
        handle = TidemarkDatabases.openMemory("dml");
        SqlFixture.load(handle.database());
        c = SqlFixture.connect("jdbc:tidemark:mem:dml");
    }

    @AfterEach
    void tearDown() throws Exception {
        c.close();
        handle.close();
    }

    private Map<String, AttributeValue> item(String id) {
        return handle.database().getItem(g -> g.tableName("users").key(Map.of("id", AttributeValue.fromS(id)))).item();
    }

    @Test
    void insertWritesAnItem() throws Exception {
        assertThat(update(c, "insert into users (id, name, age, admin) values ('u7', 'Eve', 50, true)")).isEqualTo(1);
        assertThat(item("u7")).containsEntry("name", AttributeValue.fromS("Eve"))
                .containsEntry("age", AttributeValue.fromN(50)).containsEntry("admin", AttributeValue.fromBool(true))
                .doesNotContainKey("address");
        assertThat(update(c, "insert into users (id, name) values (?, ?), (?, ?)", "u8", "Fay", "u9", "Gus"))
                .isEqualTo(2);
        assertThat(rows(c, "select name from users where id in ('u8', 'u9')")).containsExactlyInAnyOrder("Fay", "Gus");
    }

    @Test
    void mergeIsRefusedNamingUpsertAndWritesNothing() throws Exception {
        String merge = "merge into users t using (values ('u1', 'Zed'), ('u9', 'New')) as s (id, name) on t.id = s.id"
                + " when matched then update set name = s.name when not matched then insert (id, name) values (s.id, s.name)";
        assertThatThrownBy(() -> update(c, merge)).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("0A000"))
                .hasMessageContaining("MERGE").hasMessageContaining("UPSERT");
        assertThat(item("u1")).containsEntry("name", AttributeValue.fromS("Ann"));
        assertThat(item("u9")).isNull();
    }

    @Test
    void insertTakesTheWholeItemAsJson() throws Exception {
        assertThat(update(c, "insert into users (id, \"_item\") values ('u7', '{\"name\":\"Eve\",\"pets\":[\"cat\",1]}')"))
                .isEqualTo(1);
        assertThat(item("u7")).containsEntry("pets",
                AttributeValue.fromL(AttributeValue.fromS("cat"), AttributeValue.fromN(1)));
    }

    @Test
    void duplicateKeyIs23505AndWritesNothing() throws Exception {
        assertThatThrownBy(() -> update(c, "insert into users (id, name) values ('u1', 'Other')"))
                .isInstanceOfSatisfying(SQLException.class, e -> {
                    assertThat(e.getSQLState()).isEqualTo("23505");
                    assertThat(e.getMessage()).contains("ConditionalCheckFailedException");
                });
        assertThat(item("u1")).containsEntry("name", AttributeValue.fromS("Ann"));
        // a multi-row insert with one duplicate writes none of its rows
        assertThatThrownBy(() -> update(c, "insert into users (id, name) values ('u5', 'New'), ('u2', 'Dup')"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23505"));
        assertThat(item("u5")).isNull();
        assertThat(item("u2")).containsEntry("name", AttributeValue.fromS("Ben"));
        assertThatThrownBy(() -> update(c, "insert into users (id, name) values ('u6', 'A'), ('u6', 'B')"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23505"));
        assertThat(item("u6")).isNull();
    }

    @Test
    void updateAndDeleteByKeyCountExactly() throws Exception {
        assertThat(update(c, "update users set age = age + 1, name = ? where id = ?", "Annie", "u1")).isEqualTo(1);
        assertThat(item("u1")).containsEntry("age", AttributeValue.fromN(32)).containsEntry("name", AttributeValue.fromS("Annie"));
        assertThat(update(c, "update users set age = 1 where id = ?", "nobody")).isEqualTo(0);
        assertThat(item("nobody")).isNull();
        // setting NULL removes the attribute
        assertThat(update(c, "update users set admin = null where id = 'u1'")).isEqualTo(1);
        assertThat(item("u1")).doesNotContainKey("admin");
        assertThat(update(c, "delete from users where id = ?", "u3")).isEqualTo(1);
        assertThat(item("u3")).isNull();
        assertThat(update(c, "delete from users where id = ?", "u3")).isEqualTo(0);
        assertThat(SqlFixture.plan(c, "delete from users where id = ?", "u3")).contains("access=[GetItem], key=[id = ?0]");
    }

    @Test
    void updateAndDeleteWithOtherPredicates() throws Exception {
        assertThat(update(c, "update orders set note = 'bulk' where status = 'PAID' and total > 30")).isEqualTo(3);
        assertThat(rows(c, "select customer, seq from orders where note = 'bulk'"))
                .containsExactlyInAnyOrder("alice; 4", "bob; 4", "carol; 4");
        assertThat(update(c, "delete from orders where customer = 'bob' and seq >= 4")).isEqualTo(2);
        assertThat(rows(c, "select seq from orders where customer = 'bob'")).containsExactly("1", "2", "3");
        assertThat(update(c, "delete from orders where note like '%zzz%'")).isEqualTo(0);
    }

    @Test
    void updatingAKeyColumnIsRefused() throws Exception {
        assertThatThrownBy(() -> update(c, "update users set id = 'x' where id = 'u1'"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("0A000"));
        assertThat(item("u1")).isNotNull();
    }

    @Test
    void transactionCommitsAsOneAndRollbackDiscards() throws Exception {
        c.setAutoCommit(false);
        assertThat(update(c, "insert into users (id, name) values ('t1', 'T')")).isEqualTo(1);
        assertThat(update(c, "update users set age = 99 where id = 'u1'")).isEqualTo(1);
        assertThat(update(c, "delete from users where id = 'u2'")).isEqualTo(1);
        assertThat(item("t1")).isNull();
        assertThat(item("u2")).isNotNull();
        c.commit();
        assertThat(item("t1")).isNotNull();
        assertThat(item("u1")).containsEntry("age", AttributeValue.fromN(99));
        assertThat(item("u2")).isNull();

        assertThat(update(c, "insert into users (id, name) values ('t2', 'T')")).isEqualTo(1);
        assertThat(update(c, "delete from users where id = 'u1'")).isEqualTo(1);
        c.rollback();
        c.commit();
        assertThat(item("t2")).isNull();
        assertThat(item("u1")).isNotNull();
    }

    @Test
    void transactionWithADuplicateWritesNothing() throws Exception {
        c.setAutoCommit(false);
        update(c, "insert into users (id, name) values ('t3', 'T')");
        update(c, "insert into users (id, name) values ('u1', 'Dup')");
        assertThatThrownBy(c::commit)
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23505"));
        assertThat(item("t3")).isNull();
    }

    @Test
    void transactionOverTheLimitIsAClearError() throws Exception {
        c.setAutoCommit(false);
        for (int i = 0; i < 100; i++) {
            update(c, "insert into users (id) values (?)", "bulk" + i);
        }
        assertThatThrownBy(() -> update(c, "insert into users (id) values ('one-too-many')"))
                .isInstanceOfSatisfying(SQLException.class, e -> {
                    assertThat(e.getSQLState()).isEqualTo("54000");
                    assertThat(e.getMessage()).contains("at most 100");
                });
        c.commit();
        assertThat(item("bulk99")).isNotNull();
        assertThat(item("one-too-many")).isNull();
    }

    @Test
    void switchingAutoCommitOnCommits() throws Exception {
        c.setAutoCommit(false);
        update(c, "insert into users (id) values ('t4')");
        c.setAutoCommit(true);
        assertThat(item("t4")).isNotNull();
    }
}
