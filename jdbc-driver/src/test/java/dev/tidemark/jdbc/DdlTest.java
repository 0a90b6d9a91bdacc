package dev.tidemark.jdbc;

import static dev.tidemark.jdbc.SqlFixture.exec;
import static dev.tidemark.jdbc.SqlFixture.plan;
import static dev.tidemark.jdbc.SqlFixture.rows;
import static dev.tidemark.jdbc.SqlFixture.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.calcite.TidemarkDatabases;
import dev.tidemark.engine.model.AttributeDefinition;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.GlobalSecondaryIndexDescription;
import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.TableDescription;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CREATE/DROP TABLE and INDEX, UPSERT, and the features refused with 0A000, checked through SQL and the engine. */
class DdlTest {
    TidemarkDatabases.Handle handle;
    Connection c;

    @BeforeEach
    void setUp() throws Exception {
        handle = TidemarkDatabases.openMemory("ddl");
        c = SqlFixture.connect("jdbc:tidemark:mem:ddl");
    }

    @AfterEach
    void tearDown() throws Exception {
        c.close();
        handle.close();
    }

    private TableDescription describe(String table) {
        return handle.database().describeTable(d -> d.tableName(table)).table();
    }

    private static Map<String, ScalarAttributeType> defs(TableDescription t) {
        return t.attributeDefinitions().stream()
                .collect(Collectors.toMap(AttributeDefinition::attributeName, AttributeDefinition::attributeType));
    }

    private static String state(Throwable t) {
        return ((SQLException) t).getSQLState();
    }

    @Test
    void createTableMapsKeyTypesAndDeclaredColumnsAreUsableAtOnce() throws Exception {
        exec(c, "create table events (device varchar(40), ts bigint, payload varbinary, temp decimal(10, 2),"
                + " ok boolean, primary key (device, ts))");
        TableDescription t = describe("events");
        assertThat(t.keySchema()).extracting(k -> k.attributeName() + ":" + k.keyType()).containsExactly("device:HASH", "ts:RANGE");
        assertThat(defs(t)).containsExactlyInAnyOrderEntriesOf(Map.of("device", ScalarAttributeType.S, "ts", ScalarAttributeType.N));
        // the empty table already has the declared columns, with their declared types
        assertThat(update(c, "insert into events (device, ts, temp, ok) values ('d1', 5, 20.25, true)")).isEqualTo(1);
        assertThat(rows(c, "select device, ts, temp, ok from events")).containsExactly("d1; 5; 20.25; true");
        assertThat(handle.database().getItem(g -> g.tableName("events").key(Map.of("device", AttributeValue.fromS("d1"),
                "ts", AttributeValue.fromN(5)))).item()).containsEntry("ok", AttributeValue.fromBool(true));
        try (var rs = c.getMetaData().getColumns(null, null, "events", "temp")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("TYPE_NAME")).isEqualTo("DECIMAL");
        }
        exec(c, "create table blobs (id varbinary primary key, n int)");
        assertThat(defs(describe("blobs"))).containsExactly(Map.entry("id", ScalarAttributeType.B));
    }

    @Test
    void createTableErrorsChangeNothing() throws Exception {
        exec(c, "create table tab1 (id varchar primary key)");
        assertThatThrownBy(() -> exec(c, "create table tab1 (id varchar primary key)")).satisfies(e -> assertThat(state(e)).isEqualTo("42S01"));
        exec(c, "create table if not exists tab1 (id varchar primary key)");
        assertThatThrownBy(() -> exec(c, "create table tab2 (id varchar, n int)")).hasMessageContaining("PRIMARY KEY")
                .satisfies(e -> assertThat(state(e)).isEqualTo("42000"));
        assertThatThrownBy(() -> exec(c, "create table tab2 (ok boolean primary key)")).satisfies(e -> assertThat(state(e)).isEqualTo("42000"));
        assertThatThrownBy(() -> exec(c, "create table tab2 (id varchar primary key, x geometry)")).satisfies(e -> assertThat(state(e)).isEqualTo("0A000"));
        assertThatThrownBy(() -> exec(c, "create table tab2 (id varchar primary key")).satisfies(e -> assertThat(state(e)).isEqualTo("42000"));
        assertThat(handle.database().listTables(l -> { }).tableNames()).containsExactly("tab1");
    }

    @Test
    void ttlAndStreamsAreRefusedByName() throws Exception {
        assertThatThrownBy(() -> exec(c, "create table t (id varchar primary key, exp bigint) with (ttl = exp)"))
                .hasMessageContaining("TTL").satisfies(e -> assertThat(state(e)).isEqualTo("0A000"));
        assertThatThrownBy(() -> exec(c, "create table t (id varchar primary key) with (stream = 'NEW_IMAGE')"))
                .hasMessageContaining("Streams").satisfies(e -> assertThat(state(e)).isEqualTo("0A000"));
        exec(c, "create table tab (id varchar primary key)");
        assertThatThrownBy(() -> exec(c, "alter table tab set ttl (exp)")).hasMessageContaining("TTL")
                .satisfies(e -> assertThat(state(e)).isEqualTo("0A000"));
        assertThatThrownBy(() -> exec(c, "alter table tab enable stream")).hasMessageContaining("Streams")
                .satisfies(e -> assertThat(state(e)).isEqualTo("0A000"));
        assertThat(handle.database().listTables(l -> { }).tableNames()).containsExactly("tab");
    }

    @Test
    void otherUnsupportedStatementsAre0A000() throws Exception {
        exec(c, "create table kvs (k varchar primary key, v varchar)");
        for (String sql : new String[] {"create table copy1 as select * from kvs", "create view vv as select * from kvs",
                "merge into kvs t using (values ('a', 'x')) as src (k, v) on t.k = src.k"
                        + " when matched then update set v = src.v when not matched then insert (k, v) values (src.k, src.v)"}) {
            assertThatThrownBy(() -> exec(c, sql)).as(sql).satisfies(e -> assertThat(state(e)).isEqualTo("0A000"));
        }
        assertThat(rows(c, "select count(*) from kvs")).containsExactly("0");
        assertThat(handle.database().listTables(l -> { }).tableNames()).containsExactly("kvs");
    }

    @Test
    void globalIndexIsBuiltAndUsedAndDropped() throws Exception {
        exec(c, "create table orders (customer varchar, seq bigint, status varchar, total decimal, note varchar,"
                + " primary key (customer, seq))");
        for (int i = 1; i <= 6; i++) {
            update(c, "insert into orders (customer, seq, status, total, note) values (?, ?, ?, ?, ?)",
                    i % 2 == 0 ? "a" : "b", i, i % 3 == 0 ? "PAID" : "NEW", i * 10, "n" + i);
        }
        exec(c, "create index byStatus on orders (status, total) include (note)");
        GlobalSecondaryIndexDescription g = describe("orders").globalSecondaryIndexes().get(0);
        assertThat(g.indexName()).isEqualTo("byStatus");
        assertThat(g.projection().projectionType()).isEqualTo(ProjectionType.INCLUDE);
        assertThat(g.projection().nonKeyAttributes()).containsExactly("note");
        assertThat(defs(describe("orders"))).containsEntry("status", ScalarAttributeType.S).containsEntry("total", ScalarAttributeType.N);
        assertThat(plan(c, "select seq from orders where status = 'PAID'")).contains("index=[byStatus]");
        assertThat(rows(c, "select seq from orders where status = 'PAID' order by seq")).containsExactly("3", "6");
        try (var rs = c.getMetaData().getIndexInfo(null, null, "orders", false, false)) {
            boolean found = false;
            while (rs.next()) {
                found |= "byStatus".equals(rs.getString("INDEX_NAME"));
            }
            assertThat(found).isTrue();
        }
        assertThatThrownBy(() -> exec(c, "create index byStatus on orders (status)")).satisfies(e -> assertThat(state(e)).isEqualTo("42S11"));
        exec(c, "create index if not exists byStatus on orders (status)");
        exec(c, "drop index byStatus on orders");
        assertThat(describe("orders").globalSecondaryIndexes()).isNullOrEmpty();
        assertThat(plan(c, "select seq from orders where status = 'PAID'")).doesNotContain("byStatus");
        assertThatThrownBy(() -> exec(c, "drop index byStatus on orders")).satisfies(e -> assertThat(state(e)).isEqualTo("42S12"));
        exec(c, "drop index if exists byStatus on orders");
    }

    @Test
    void keysOnlyIndexOnSampledColumnAndTypedKeys() throws Exception {
        exec(c, "create table users (id varchar primary key)");
        update(c, "insert into users (id, \"_item\") values ('u1', '{\"city\":\"Oslo\",\"age\":3}')");
        exec(c, "create index byCity on users (city) keys only");
        exec(c, "create index byZip on users (zip varchar)");
        assertThat(describe("users").globalSecondaryIndexes()).extracting(x -> x.indexName() + ":" + x.projection().projectionType())
                .containsExactlyInAnyOrder("byCity:KEYS_ONLY", "byZip:ALL");
        assertThat(rows(c, "select id from users where city = 'Oslo'")).containsExactly("u1");
        assertThatThrownBy(() -> exec(c, "create index byNothing on users (nothing)")).hasMessageContaining("no known type")
                .satisfies(e -> assertThat(state(e)).isEqualTo("42000"));
    }

    @Test
    void localIndexOnlyWhileEmpty() throws Exception {
        exec(c, "create table msgs (room varchar, ts bigint, author varchar, primary key (room, ts))");
        exec(c, "create local index byAuthor on msgs (room, author) keys only");
        assertThat(describe("msgs").localSecondaryIndexes()).extracting(l -> l.indexName()).containsExactly("byAuthor");
        update(c, "insert into msgs (room, ts, author) values ('r', 1, 'x'), ('r', 2, 'y')");
        assertThat(rows(c, "select ts from msgs where room = 'r' and author = 'y'")).containsExactly("2");
        assertThatThrownBy(() -> exec(c, "create local index byAt2 on msgs (author)")).hasMessageContaining("empty")
                .satisfies(e -> assertThat(state(e)).isEqualTo("0A000"));
        assertThatThrownBy(() -> exec(c, "drop index byAuthor on msgs")).satisfies(e -> assertThat(state(e)).isEqualTo("0A000"));
        exec(c, "create table flat (id varchar primary key, x varchar)");
        assertThatThrownBy(() -> exec(c, "create local index byX on flat (x)")).hasMessageContaining("sort key");
    }

    @Test
    void dropTable() throws Exception {
        exec(c, "create table gone (id varchar primary key, v varchar)");
        update(c, "insert into gone (id, v) values ('a', 'b')");
        exec(c, "drop table gone");
        assertThat(handle.database().listTables(l -> { }).tableNames()).doesNotContain("gone");
        assertThatThrownBy(() -> rows(c, "select * from gone")).satisfies(e -> assertThat(state(e)).isEqualTo("42S02"));
        assertThatThrownBy(() -> exec(c, "drop table gone")).satisfies(e -> assertThat(state(e)).isEqualTo("42S02"));
        exec(c, "drop table if exists gone");
    }

    @Test
    void anotherConnectionSeesDdl() throws Exception {
        try (Connection other = SqlFixture.connect("jdbc:tidemark:mem:ddl")) {
            exec(c, "create table shared (id varchar primary key, v varchar)");
            assertThat(rows(other, "select count(*) from shared")).containsExactly("0");
            exec(c, "drop table shared");
            exec(c, "create table shared (k bigint primary key, w varchar)");
            update(other, "insert into shared (k, w) values (1, 'x')");
            assertThat(rows(other, "select k, w from shared")).containsExactly("1; x");
        }
    }

    @Test
    void preparedDdlAndUpdateCounts() throws Exception {
        try (PreparedStatement ps = c.prepareStatement("create table ptab (id varchar primary key)")) {
            assertThat(ps.execute()).isFalse();
            assertThat(ps.getUpdateCount()).isZero();
        }
        try (Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("drop table ptab")).isZero();
            assertThatThrownBy(() -> s.executeQuery("create table q (id varchar primary key)")).satisfies(e -> assertThat(state(e)).isEqualTo("42000"));
        }
        assertThat(handle.database().listTables(l -> { }).tableNames()).isEmpty();
    }

    @Test
    void upsertReplacesAndInsertStillRefuses() throws Exception {
        exec(c, "create table kvs (k varchar primary key, v varchar, n bigint)");
        assertThat(update(c, "upsert into kvs (k, v, n) values ('a', 'one', 1)")).isEqualTo(1);
        assertThat(update(c, "upsert into kvs (k, v) values ('a', 'two'), ('b', 'x')")).isEqualTo(2);
        // an upsert writes the whole row: attributes it does not set are gone, as with PutItem
        assertThat(rows(c, "select k, v, n from kvs order by k")).containsExactly("a; two; null", "b; x; null");
        assertThatThrownBy(() -> update(c, "insert into kvs (k, v) values ('a', 'three')")).satisfies(e -> assertThat(state(e)).isEqualTo("23505"));
        try (PreparedStatement ps = c.prepareStatement("upsert into kvs (k, v) values (?, ?)")) {
            ps.setString(1, "a");
            ps.setString(2, "four");
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        assertThat(rows(c, "select v from kvs where k = 'a'")).containsExactly("four");
        assertThatThrownBy(() -> update(c, "upsert into kvs (k, v) values ('c', '1'), ('c', '2')")).satisfies(e -> assertThat(state(e)).isEqualTo("23505"));
        assertThat(rows(c, "select count(*) from kvs")).containsExactly("2");
    }
}
