package dev.tidemark.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.calcite.TidemarkDatabases;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.PutRequest;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.WriteRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Statement.cancel() and setQueryTimeout stop a full scan of a large table (1,000,000 items; the
 * system property {@code tidemark.cancel.items} changes the count) within a generous second.
 */
class CancelTest {
    static final int ITEMS = Integer.getInteger("tidemark.cancel.items", 1_000_000);
    static TidemarkDatabases.Handle handle;
    static Connection c;

    @BeforeAll
    static void load() throws Exception {
        handle = TidemarkDatabases.openMemory("cancel");
        Database db = handle.database();
        db.createTable(t -> t.tableName("big").keySchema(SqlFixture.hash("id"))
                .attributeDefinitions(SqlFixture.def("id", ScalarAttributeType.N)).billingMode(BillingMode.PAY_PER_REQUEST));
        List<WriteRequest> batch = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(Map.of("id", AttributeValue.fromN(i),
                    "v", AttributeValue.fromS("value " + (i % 1000)))).build()).build());
            if (batch.size() == 25 || i == ITEMS - 1) {
                List<WriteRequest> w = List.copyOf(batch);
                db.batchWriteItem(b -> b.requestItems(Map.of("big", w)));
                batch.clear();
            }
        }
        c = SqlFixture.connect("jdbc:tidemark:mem:cancel");
    }

    @AfterAll
    static void close() throws Exception {
        c.close();
        handle.close();
    }

    private static final String ONE_SCAN = "select count(*) as n from big where v = 'nothing matches this'";
    /** Eight full scans summed: the statement outlasts the 300 ms and 1 s below however fast one scan is. */
    private static final String FULL_SCAN = "select sum(n) from ("
            + String.join(" union all ", java.util.Collections.nCopies(8, ONE_SCAN)) + ")";

    @Test
    void cancelStopsAFullScan() throws Exception {
        // prepared first, so that planning and code generation are done before the scan starts
        try (PreparedStatement s = c.prepareStatement(FULL_SCAN)) {
            CompletableFuture<Object> run = CompletableFuture.supplyAsync(() -> {
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                } catch (SQLException e) {
                    return e;
                }
            });
            Thread.sleep(300);
            assertThat(run.isDone()).as("the full scan is still running when cancelled").isFalse();
            long cancelledAt = System.nanoTime();
            s.cancel();
            Object outcome = run.get(10, TimeUnit.SECONDS);
            long stoppedAfterMs = (System.nanoTime() - cancelledAt) / 1_000_000;
            assertThat(outcome).isInstanceOf(SQLException.class);
            assertThat(((SQLException) outcome).getSQLState()).isEqualTo("57014");
            assertThat(stoppedAfterMs).as("ms from cancel() to the statement's end").isLessThan(1000);
            // the statement is usable again afterwards
            try (Statement again = c.createStatement();
                    ResultSet rs = again.executeQuery("select count(*) from big where id = 7")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void queryTimeoutStopsAFullScan() throws Exception {
        try (PreparedStatement s = c.prepareStatement(FULL_SCAN)) {
            s.setQueryTimeout(1);
            long start = System.nanoTime();
            SQLException e = null;
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
            } catch (SQLException ex) {
                e = ex;
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertThat((Throwable) e).as("the scan was stopped").isNotNull();
            assertThat(e.getSQLState()).isEqualTo("57014");
            assertThat(ms).as("ms until the 1 s timeout stopped the scan").isBetween(900L, 2000L);
        }
    }
}
