package dev.tidemark.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.Database;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.server.internal.UserStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over real HTTP: remote JDBC runs DDL, pushdown and DML like the embedded driver; auth and errors. */
class RemoteTest {
    @TempDir
    Path dir;
    TidemarkServer server;

    @BeforeEach
    void start() throws Exception {
        Files.createDirectories(dir.resolve("db"));
        UserStore.create(dir.resolve("users.properties"), "alice", "s3cret");
        server = TidemarkServer.start(dir.resolve("db"), "127.0.0.1", 0, dir.resolve("users.properties"), System.out);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Connection connect(String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        return DriverManager.getConnection(server.url(), p);
    }

    static List<String> rows(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 1; i <= n; i++) {
                        sb.append(i > 1 ? "; " : "").append(rs.getObject(i));
                    }
                    out.add(sb.toString());
                }
            }
            return out;
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

    @Test
    void ddlPushdownAndDmlOverTheWire() throws Exception {
        try (Connection c = connect("alice", "s3cret"); Statement s = c.createStatement()) {
            s.execute("create table orders (customer varchar, seq bigint, status varchar, total decimal,"
                    + " primary key (customer, seq))");
            s.execute("create index byStatus on orders (status) keys only");
            for (int i = 1; i <= 6; i++) {
                assertThat(update(c, "insert into orders (customer, seq, status, total) values (?, ?, ?, ?)",
                        i % 2 == 0 ? "ann" : "bob", i, i % 3 == 0 ? "PAID" : "NEW", i * 1.5)).isEqualTo(1);
            }
            assertThat(rows(c, "explain plan for select total from orders where customer = ? and seq = ?", "ann", 2).get(0))
                    .contains("access=[GetItem]");
            assertThat(rows(c, "select total from orders where customer = ? and seq = ?", "ann", 2)).containsExactly("3");
            assertThat(rows(c, "explain plan for select seq from orders where customer = 'bob' and seq between 2 and 5"
                    + " order by seq desc").get(0)).contains("access=[Query]").contains("order=[DESC]");
            assertThat(rows(c, "select seq from orders where customer = 'bob' and seq between 2 and 5 order by seq desc"))
                    .containsExactly("5", "3");
            assertThat(rows(c, "select customer, seq from orders$byStatus where status = 'PAID' order by seq"))
                    .containsExactly("bob; 3", "ann; 6");
            assertThat(update(c, "update orders set status = 'SHIPPED' where customer = 'ann' and seq = 2")).isEqualTo(1);
            assertThat(update(c, "delete from orders where customer = 'bob'")).isEqualTo(3);
            assertThat(rows(c, "select count(*), sum(total) from orders")).containsExactly("3; 18");
            assertThatThrownBy(() -> update(c, "insert into orders (customer, seq) values ('ann', 2)"))
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23505"));
            assertThatThrownBy(() -> rows(c, "select * from nothing"))
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42S02"));
            assertThat(update(c, "upsert into orders (customer, seq, status) values ('ann', 2, 'NEW')")).isEqualTo(1);
            try (PreparedStatement ps = c.prepareStatement("create table prepared_ddl (id varchar primary key)")) {
                assertThat(ps.execute()).isFalse();
            }
            assertThat(update(c, "drop table prepared_ddl")).isZero();
            try (PreparedStatement ps = c.prepareStatement("upsert into orders (customer, seq, status) values (?, ?, ?)")) {
                ps.setString(1, "ann");
                ps.setLong(2, 2);
                ps.setString(3, "PAID");
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            assertThat(rows(c, "select status from orders where customer = 'ann' and seq = 2")).containsExactly("PAID");
            c.setAutoCommit(false);
            update(c, "insert into orders (customer, seq) values ('cy', 1)");
            update(c, "insert into orders (customer, seq) values ('cy', 2)");
            c.rollback();
            update(c, "insert into orders (customer, seq) values ('cy', 3)");
            c.commit();
            c.setAutoCommit(true);
            assertThat(rows(c, "select seq from orders where customer = 'cy'")).containsExactly("3");
            try (ResultSet rs = c.getMetaData().getPrimaryKeys(null, null, "orders")) {
                List<String> keys = new ArrayList<>();
                while (rs.next()) {
                    keys.add(rs.getString("COLUMN_NAME") + ":" + rs.getShort("KEY_SEQ") + ":" + rs.getString("PK_NAME"));
                }
                assertThat(keys).containsExactly("customer:1:PRIMARY", "seq:2:PRIMARY");
            }
            try (ResultSet rs = c.getMetaData().getIndexInfo(null, "tidemark", "orders", false, false)) {
                List<String> indexes = new ArrayList<>();
                while (rs.next()) {
                    indexes.add(rs.getString("INDEX_NAME") + ":" + rs.getString("COLUMN_NAME"));
                }
                assertThat(indexes).contains("PRIMARY:customer", "PRIMARY:seq", "byStatus:status");
            }
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("Tidemark");
            try (ResultSet rs = c.getMetaData().getColumns(null, "tidemark", "orders", "%")) {
                List<String> cols = new ArrayList<>();
                while (rs.next()) {
                    cols.add(rs.getString("COLUMN_NAME"));
                }
                assertThat(cols).startsWith("customer", "seq").contains("status", "total", "_item");
            }
        }
    }

    @Test
    void severalClientsShareTheDatabase() throws Exception {
        try (Connection a = connect("alice", "s3cret"); Connection b = connect("alice", "s3cret")) {
            try (Statement s = a.createStatement()) {
                s.execute("create table kvs (k varchar primary key, v bigint)");
            }
            List<Thread> writers = new ArrayList<>();
            List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
            for (int t = 0; t < 3; t++) {
                int id = t;
                Thread th = new Thread(() -> {
                    try (Connection c = connect("alice", "s3cret")) {
                        for (int i = 0; i < 20; i++) {
                            update(c, "insert into kvs (k, v) values (?, ?)", "w" + id + "-" + i, i);
                        }
                    } catch (Throwable e) {
                        errors.add(e);
                    }
                });
                writers.add(th);
                th.start();
            }
            for (Thread th : writers) {
                th.join();
            }
            assertThat(errors).isEmpty();
            assertThat(rows(b, "select count(*) from kvs")).containsExactly("60");
            assertThat(rows(a, "select v from kvs where k = 'w2-7'")).containsExactly("7");
        }
    }

    @Test
    void badCredentialsAre28000AndNoServerIs08001() throws Exception {
        assertThatThrownBy(() -> connect("alice", "wrong")).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("28000"));
        assertThatThrownBy(() -> connect("mallory", "s3cret"))
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("28000"));
        int free;
        try (ServerSocket s = new ServerSocket(0)) {
            free = s.getLocalPort();
        }
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:tidemark://127.0.0.1:" + free + ";user=alice;password=s3cret"))
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08001"));
    }

    @Test
    void addedUsersAndChangedPasswordsApplyAfterARestart() throws Exception {
        UserStore.put(dir.resolve("users.properties"), "bob", "pw-bob");
        UserStore.put(dir.resolve("users.properties"), "alice", "new-pw");
        server.close();
        server = TidemarkServer.start(dir.resolve("db"), "127.0.0.1", 0, dir.resolve("users.properties"), System.out);
        connect("bob", "pw-bob").close();
        connect("alice", "new-pw").close();
        assertThatThrownBy(() -> connect("alice", "s3cret"))
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("28000"));
        assertThat(Files.readString(dir.resolve("users.properties"))).doesNotContain("pw-bob").doesNotContain("new-pw");
    }

    @Test
    void closeCheckpointsAndTheDataIsThereAfterARestart() throws Exception {
        try (Connection c = connect("alice", "s3cret"); Statement s = c.createStatement()) {
            s.execute("create table notes (id varchar primary key, body varchar)");
            update(c, "insert into notes (id, body) values ('n1', 'kept')");
        }
        server.close();
        try (Database db = Database.open(dir.resolve("db"))) {
            assertThat(db.getItem(g -> g.tableName("notes").key(Map.of("id", AttributeValue.fromS("n1")))).item())
                    .containsEntry("body", AttributeValue.fromS("kept"));
        }
        server = TidemarkServer.start(dir.resolve("db"), "127.0.0.1", 0, dir.resolve("users.properties"), System.out);
        try (Connection c = connect("alice", "s3cret")) {
            assertThat(rows(c, "select body from notes where id = 'n1'")).containsExactly("kept");
        }
    }

    @Test
    void firstStartCreatesAdminWithAPasswordShownOnce() throws Exception {
        Path users = dir.resolve("fresh-users.properties");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TidemarkServer fresh = TidemarkServer.start(dir.resolve("db2"), "127.0.0.1", 0, users,
                new PrintStream(out, true, StandardCharsets.UTF_8))) {
            String printed = out.toString(StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("password (\\S+) \\(shown only this once\\)").matcher(printed);
            assertThat(m.find()).as(printed).isTrue();
            String password = m.group(1);
            assertThat(Files.readString(users)).startsWith("#").contains("admin=pbkdf2-sha256:").doesNotContain(password);
            Properties p = new Properties();
            p.setProperty("user", "admin");
            p.setProperty("password", password);
            try (Connection c = DriverManager.getConnection(fresh.url(), p)) {
                try (ResultSet rs = c.getMetaData().getTables(null, "tidemark", "%", null)) {
                    assertThat(rs.next()).isFalse();
                }
                assertThat(rows(c, "select 1 + 1 from (values (0))")).containsExactly("2");
            }
        }
    }
}
