package dev.tidemark.jdbc;

import static dev.tidemark.jdbc.SqlFixture.exec;
import static dev.tidemark.jdbc.SqlFixture.plan;
import static dev.tidemark.jdbc.SqlFixture.rows;
import static dev.tidemark.jdbc.SqlFixture.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.calcite.TidemarkDatabases;
import dev.tidemark.engine.model.AttributeValue;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading through a chosen index with the table name {@code table$index}; such names are not listed as tables. */
class IndexChoiceTest {
    TidemarkDatabases.Handle handle;
    Connection c;

    @BeforeEach
    void setUp() throws Exception {
        handle = TidemarkDatabases.openMemory("indexchoice");
        SqlFixture.load(handle.database());
        c = SqlFixture.connect("jdbc:tidemark:mem:indexchoice");
    }

    @AfterEach
    void tearDown() throws Exception {
        c.close();
        handle.close();
    }

    @Test
    void theNamedIndexIsUsedEvenWhenTheTableKeyIsGiven() throws Exception {
        String where = " where customer = 'alice' and status = 'PAID'";
        assertThat(plan(c, "select seq from orders" + where)).contains("access=[Query]").doesNotContain("byStatus");
        String forced = plan(c, "select seq from orders$byStatus" + where);
        assertThat(forced).contains("access=[Query]").contains("index=[byStatus]").contains("key=[status = 'PAID']");
        assertThat(rows(c, "select seq from orders$byStatus" + where + " order by seq"))
                .isEqualTo(rows(c, "select seq from orders" + where + " order by seq")).containsExactly("1", "4");
        // quoted names work too, and parameters reach the index key
        assertThat(rows(c, "select count(*) from \"orders$byStatus\" where status = ?", "NEW")).containsExactly("3");
    }

    @Test
    void withoutAnIndexKeyConditionTheIndexIsScannedAndSparseItemsAreNotInIt() throws Exception {
        handle.database().putItem(p -> p.tableName("orders").item(Map.of("customer", AttributeValue.fromS("dave"),
                "seq", AttributeValue.fromN(1), "note", AttributeValue.fromS("no status"))));
        assertThat(plan(c, "select count(*) from orders$byStatus")).contains("access=[Scan]").contains("index=[byStatus]");
        assertThat(rows(c, "select count(*) from orders$byStatus")).containsExactly("15");
        assertThat(rows(c, "select count(*) from orders")).containsExactly("16");
        // a KEYS_ONLY global index: other columns are fetched from the table
        assertThat(rows(c, "select note from orders$byStatus where status = 'SHIPPED' and total > 40 order by note"))
                .containsExactly("order 5 of alice", "order 5 of bob", "order 5 of carol");
    }

    @Test
    void indexTablesAreNotListedAndAreReadOnly() throws Exception {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, "tidemark", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        assertThat(names).containsExactly("orders", "users");
        assertThatThrownBy(() -> update(c, "insert into orders$byStatus (customer, seq) values ('x', 1)"))
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("0A000"));
        assertThatThrownBy(() -> rows(c, "select * from orders$nope")).satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42S02"));
    }

    @Test
    void localIndexChosenByName() throws Exception {
        exec(c, "create table msgs (room varchar, ts bigint, author varchar, primary key (room, ts))");
        exec(c, "create local index byAuthor on msgs (room, author) keys only");
        update(c, "insert into msgs (room, ts, author) values ('r', 1, 'x'), ('r', 2, 'y'), ('s', 3, 'y')");
        String sql = "select ts from msgs$byAuthor where room = 'r' and author = 'y'";
        assertThat(plan(c, sql)).contains("index=[byAuthor]").contains("key=[room = 'r' AND author = 'y']");
        assertThat(rows(c, sql)).containsExactly("2");
    }
}
