package dev.tidemark.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.BatchGetItemRequest;
import dev.tidemark.engine.BatchGetItemResult;
import dev.tidemark.engine.BatchWriteItemRequest;
import dev.tidemark.engine.BatchWriteItemResult;
import dev.tidemark.engine.ConditionalCheckFailedException;
import dev.tidemark.engine.CreateTableRequest;
import dev.tidemark.engine.CreateTableResult;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.DeleteItemRequest;
import dev.tidemark.engine.DeleteItemResult;
import dev.tidemark.engine.DeleteTableRequest;
import dev.tidemark.engine.DeleteTableResult;
import dev.tidemark.engine.DescribeTableRequest;
import dev.tidemark.engine.DescribeTableResult;
import dev.tidemark.engine.GetItemRequest;
import dev.tidemark.engine.GetItemResult;
import dev.tidemark.engine.ListTablesRequest;
import dev.tidemark.engine.ListTablesResult;
import dev.tidemark.engine.PutItemRequest;
import dev.tidemark.engine.PutItemResult;
import dev.tidemark.engine.QueryRequest;
import dev.tidemark.engine.QueryResult;
import dev.tidemark.engine.ScanRequest;
import dev.tidemark.engine.ScanResult;
import dev.tidemark.engine.UpdateItemRequest;
import dev.tidemark.engine.UpdateItemResult;
import dev.tidemark.engine.UpdateTableRequest;
import dev.tidemark.engine.UpdateTableResult;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.WriteRequest;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Runs the suite's Tidemark side against a small in-memory stand-in that pages queries and scans
 * and leaves batch items unprocessed, to check that the harness follows the API's contracts.
 */
class TidemarkStoreTest {

    @Test
    void suiteRunsAllPhasesAndFollowsPagesAndUnprocessedItems() {
        PagingDatabase db = new PagingDatabase();
        EngineSuite suite = new EngineSuite(new EngineSuite.Settings(1000, 2, 70, 1),
            new PrintStream(OutputStream.nullOutputStream()), false);

        Map<String, PhaseResult> results = suite.run(new TidemarkStore(db, new Workload(200), true));

        assertThat(results.keySet()).containsExactlyElementsOf(EngineSuite.PHASES);
        assertThat(results.get("put").operations()).isEqualTo(900);
        assertThat(results.get("get").operations()).isEqualTo(1000);
        assertThat(results.get("query").operations()).isEqualTo(100);
        assertThat(results.get("update").operations()).isEqualTo(1000);
        assertThat(results.get("scan").operations()).isEqualTo(2 * 15);
        assertThat(results.get("batch_write").operations()).isEqualTo(36);
        assertThat(db.items).hasSize(2000);
        long increments = db.items.values().stream().mapToLong(i -> Long.parseLong(i.get("count").n())).sum();
        assertThat(increments).isEqualTo(1100);
    }

    @Test
    void itemIsAboutTwoHundredBytes() {
        Map<String, AttributeValue> item = new TidemarkStore(new PagingDatabase(), new Workload(200), false).item(12_345);
        assertThat(size(item)).isBetween(190, 210);
        assertThat(item.get("pk").s()).isEqualTo("user#123");
        assertThat(item.get("sk").s()).isEqualTo("item#045");
    }

    @Test
    void failedConditionStopsTheRun() {
        TidemarkStore store = new TidemarkStore(new PagingDatabase(), new Workload(200), false);
        assertThatThrownBy(() -> store.increment(7)).isInstanceOf(IllegalStateException.class)
            .hasCauseInstanceOf(ConditionalCheckFailedException.class);
    }

    private static int size(Map<String, AttributeValue> m) {
        int total = 0;
        for (Map.Entry<String, AttributeValue> e : m.entrySet()) {
            total += e.getKey().length();
            AttributeValue v = e.getValue();
            total += switch (v.type()) {
                case S -> v.s().length();
                case N -> v.n().length();
                case BOOL -> 1;
                case M -> 3 + size(v.m()) + v.m().size();
                default -> throw new AssertionError(v);
            };
        }
        return total;
    }

    /** One table, keys pk/sk; pages of at most 30 items per query; every batch processes at most 10 writes. */
    private static final class PagingDatabase implements Database {
        final NavigableMap<String, Map<String, AttributeValue>> items = new TreeMap<>();

        private static String k(Map<String, AttributeValue> key) {
            return key.get("pk").s() + "\u0000" + key.get("sk").s();
        }

        private static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
            return Map.of("pk", item.get("pk"), "sk", item.get("sk"));
        }

        @Override
        public Path directory() {
            return Path.of("unused");
        }

        @Override
        public CreateTableResult createTable(CreateTableRequest request) {
            assertThat(request.keySchema()).hasSize(2);
            return CreateTableResult.builder().build();
        }

        @Override
        public PutItemResult putItem(PutItemRequest request) {
            items.put(k(request.item()), new HashMap<>(request.item()));
            return PutItemResult.builder().build();
        }

        @Override
        public GetItemResult getItem(GetItemRequest request) {
            return GetItemResult.builder().item(items.get(k(request.key()))).build();
        }

        @Override
        public UpdateItemResult updateItem(UpdateItemRequest request) {
            assertThat(request.updateExpression()).isEqualTo("SET #c = #c + :one");
            assertThat(request.conditionExpression()).isEqualTo("attribute_exists(pk)");
            Map<String, AttributeValue> item = items.get(k(request.key()));
            if (item == null) {
                throw new ConditionalCheckFailedException(null);
            }
            String name = request.expressionAttributeNames().get("#c");
            long one = Long.parseLong(request.expressionAttributeValues().get(":one").n());
            item.put(name, AttributeValue.fromN(Long.parseLong(item.get(name).n()) + one));
            return UpdateItemResult.builder().build();
        }

        @Override
        public QueryResult query(QueryRequest request) {
            assertThat(request.keyConditionExpression()).isEqualTo("pk = :pk");
            String pk = request.expressionAttributeValues().get(":pk").s();
            String from = request.exclusiveStartKey() == null ? pk + "\u0000" : k(request.exclusiveStartKey());
            List<Map<String, AttributeValue>> page = new ArrayList<>();
            Map<String, AttributeValue> last = null;
            for (Map<String, AttributeValue> item : items.tailMap(from, false).headMap(pk + "\u0001").values()) {
                if (page.size() == 30) {
                    last = keyOf(page.get(page.size() - 1));
                    break;
                }
                page.add(item);
            }
            return QueryResult.builder().items(page).count(page.size()).lastEvaluatedKey(last).build();
        }

        @Override
        public ScanResult scan(ScanRequest request) {
            NavigableMap<String, Map<String, AttributeValue>> rest =
                request.exclusiveStartKey() == null ? items : items.tailMap(k(request.exclusiveStartKey()), false);
            List<Map<String, AttributeValue>> page = new ArrayList<>();
            for (Map<String, AttributeValue> item : rest.values()) {
                if (page.size() == request.limit()) {
                    break;
                }
                page.add(item);
            }
            Map<String, AttributeValue> last = page.size() == request.limit() ? keyOf(page.get(page.size() - 1)) : null;
            return ScanResult.builder().items(page).count(page.size()).lastEvaluatedKey(last).build();
        }

        @Override
        public BatchWriteItemResult batchWriteItem(BatchWriteItemRequest request) {
            List<WriteRequest> writes = request.requestItems().get(Workload.TABLE);
            int done = Math.min(10, writes.size());
            for (WriteRequest w : writes.subList(0, done)) {
                putItem(PutItemRequest.builder().item(w.putRequest().item()).build());
            }
            Map<String, List<WriteRequest>> unprocessed = done == writes.size()
                ? Map.of() : Map.of(Workload.TABLE, writes.subList(done, writes.size()));
            return BatchWriteItemResult.builder().unprocessedItems(unprocessed).build();
        }

        @Override
        public void close() {
        }

        @Override
        public DescribeTableResult describeTable(DescribeTableRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ListTablesResult listTables(ListTablesRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public UpdateTableResult updateTable(UpdateTableRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DeleteTableResult deleteTable(DeleteTableRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DeleteItemResult deleteItem(DeleteItemRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public BatchGetItemResult batchGetItem(BatchGetItemRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void checkpoint() {
        }
    }
}
