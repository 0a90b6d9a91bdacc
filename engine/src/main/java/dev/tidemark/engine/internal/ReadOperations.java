package dev.tidemark.engine.internal;

import dev.tidemark.engine.QueryRequest;
import dev.tidemark.engine.QueryResult;
import dev.tidemark.engine.ScanRequest;
import dev.tidemark.engine.ScanResult;
import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.internal.expr.Condition;
import dev.tidemark.engine.internal.expr.KeyCondition;
import dev.tidemark.engine.internal.expr.Projection;
import dev.tidemark.engine.internal.expr.RequestExpressions;
import dev.tidemark.engine.internal.store.ItemEntry;
import dev.tidemark.engine.internal.store.Store;
import dev.tidemark.engine.internal.store.TableMeta;
import dev.tidemark.engine.internal.store.TableState;
import dev.tidemark.engine.internal.value.KeyCodec;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.Select;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentNavigableMap;

/**
 * Query and Scan (reference 3.10–3.12): a range of the key directory, read in key order a page at a
 * time — at most {@code Limit} items evaluated or 1 MB of item data — then filtered and projected.
 */
final class ReadOperations {
    static final long PAGE_BYTES = 1L << 20;

    private final Store store;
    private final Catalog catalog;

    ReadOperations(Store store, Catalog catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    /** What a page evaluated. */
    private record Page(List<Map<String, AttributeValue>> items, int count, int scanned, Map<String, AttributeValue> lastKey) {
    }

    QueryResult query(QueryRequest r) {
        TableState t = catalog.table(r.tableName());
        TableMeta m = t.meta();
        noIndexYet(r.indexName());
        Select select = select(r.select(), r.projectionExpression());
        int limit = limit(r.limit());
        if (r.keyConditionExpression() == null) {
            throw new ValidationException("Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
        }
        RequestExpressions ex = RequestExpressions.builder()
            .keyCondition(r.keyConditionExpression())
            .filter(r.filterExpression())
            .projection(r.projectionExpression())
            .names(r.expressionAttributeNames())
            .values(ItemOperations.normalizeValues(r.expressionAttributeValues()))
            .tableKey(m.hashName(), m.rangeName())
            .queryKey(m.hashName(), m.hashType(), m.rangeName(), m.rangeType())
            .build();
        KeyCondition kc = ex.keyCondition();
        KeyCodec codec = t.codec();
        boolean forward = r.scanIndexForward() == null || r.scanIndexForward();

        byte[] prefix = codec.partitionPrefix(kc.hashValue());
        byte[] lo = prefix;
        boolean loInclusive = true;
        byte[] hi = successor(prefix);
        boolean hiInclusive = false;
        boolean prefixScan = false;
        if (kc.sortOp() != null) {
            AttributeValue v1 = kc.sortValue1();
            switch (kc.sortOp()) {
                case EQ -> {
                    lo = codec.encode(kc.hashValue(), v1);
                    hi = lo;
                    hiInclusive = true;
                }
                case GT -> {
                    lo = codec.encode(kc.hashValue(), v1);
                    loInclusive = false;
                }
                case GE -> lo = codec.encode(kc.hashValue(), v1);
                case LT -> hi = codec.encode(kc.hashValue(), v1);
                case LE -> {
                    hi = codec.encode(kc.hashValue(), v1);
                    hiInclusive = true;
                }
                case BETWEEN -> {
                    lo = codec.encode(kc.hashValue(), v1);
                    hi = codec.encode(kc.hashValue(), kc.sortValue2());
                    hiInclusive = true;
                    if (Arrays.compareUnsigned(lo, hi) > 0) {
                        hi = lo;
                        hiInclusive = false;
                    }
                }
                case BEGINS_WITH -> {
                    lo = codec.encode(kc.hashValue(), v1);
                    // Every key whose sort key starts with the prefix starts with the prefix's encoding
                    // minus its 2-byte terminator; bounding the range above by that matters when reading
                    // backwards, which otherwise starts at the partition's last key.
                    byte[] upper = successor(Arrays.copyOf(lo, lo.length - 2));
                    if (upper != null) {
                        hi = upper;
                    }
                    prefixScan = true;
                }
                default -> throw new IllegalStateException(kc.sortOp().toString());
            }
        }
        if (r.exclusiveStartKey() != null) {
            if (m.rangeName() == null) {
                throw new ValidationException("The provided starting key is invalid: The query can return at most one row and cannot be restarted");
            }
            Keys.Key start = Keys.startKey(t, r.exclusiveStartKey());
            if (!start.attributes().get(m.hashName()).equals(kc.hashValue())
                || !kc.matchesSort(start.attributes().get(m.rangeName()))) {
                throw new ValidationException("The provided starting key is outside query boundaries based on provided conditions");
            }
            if (forward) {
                lo = start.encoded();
                loInclusive = false;
            } else {
                hi = start.encoded();
                hiInclusive = false;
            }
        }
        NavigableMap<byte[], ItemEntry> range = range(t.items(), lo, loInclusive, hi, hiInclusive);
        if (!forward) {
            range = range.descendingMap();
        }
        Page page = read(t, range, limit, ex.filter(), ex.projection(), select,
            prefixScan ? kc : null);
        return QueryResult.builder().items(page.items()).count(page.count()).scannedCount(page.scanned())
            .lastEvaluatedKey(page.lastKey()).build();
    }

    ScanResult scan(ScanRequest r) {
        TableState t = catalog.table(r.tableName());
        TableMeta m = t.meta();
        noIndexYet(r.indexName());
        Select select = select(r.select(), r.projectionExpression());
        int limit = limit(r.limit());
        Integer segment = r.segment();
        Integer total = r.totalSegments();
        if (segment != null && total == null) {
            throw new ValidationException("The TotalSegments parameter is required but was not present in the request when Segment parameter is present");
        }
        if (total != null && segment == null) {
            throw new ValidationException("The Segment parameter is required but was not present in the request when parameter TotalSegments is present");
        }
        if (total != null) {
            if (total < 1 || total > 1_000_000) {
                throw new ValidationException("1 validation error detected: Value '" + total
                    + "' at 'totalSegments' failed to satisfy constraint: Member must have value between 1 and 1000000");
            }
            if (segment < 0 || segment > 999_999) {
                throw new ValidationException("1 validation error detected: Value '" + segment
                    + "' at 'segment' failed to satisfy constraint: Member must have value between 0 and 999999");
            }
            if (segment >= total) {
                throw new ValidationException("The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: "
                    + segment + " is not less than TotalSegments: " + total);
            }
        }
        RequestExpressions ex = ItemOperations.expressions(t, null, r.projectionExpression(), null,
            r.expressionAttributeNames(), r.expressionAttributeValues(), r.filterExpression());
        byte[] lo = null;
        boolean loInclusive = true;
        byte[] hi = null;
        if (total != null) {
            lo = KeyCodec.segmentStart(segment, total);
            hi = KeyCodec.segmentEnd(segment, total);
        }
        if (r.exclusiveStartKey() != null) {
            Keys.Key start = Keys.startKey(t, r.exclusiveStartKey());
            if (total != null && KeyCodec.segmentOf(start.encoded(), total) != segment) {
                throw new ValidationException("The provided Exclusive start key does not map to the provided segment: Segment: "
                    + segment + ", TotalSegments: " + total + ". Please use ExclusiveStartKey with correct Segment");
            }
            lo = start.encoded();
            loInclusive = false;
        }
        NavigableMap<byte[], ItemEntry> range = range(t.items(), lo, loInclusive, hi, false);
        Page page = read(t, range, limit, ex == null ? null : ex.filter(), ex == null ? null : ex.projection(), select, null);
        return ScanResult.builder().items(page.items()).count(page.count()).scannedCount(page.scanned())
            .lastEvaluatedKey(page.lastKey()).build();
    }

    private Page read(TableState t, NavigableMap<byte[], ItemEntry> range, int limit, Condition filter,
                      Projection projection, Select select, KeyCondition prefixCondition) {
        TableMeta m = t.meta();
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        int count = 0;
        int scanned = 0;
        long bytes = 0;
        Map<String, AttributeValue> last = null;
        boolean stopped = false;
        for (Map.Entry<byte[], ItemEntry> en : range.entrySet()) {
            if (stopped) {
                return new Page(items, count, scanned, Keys.keyOf(m, last));
            }
            Map<String, AttributeValue> item = store.decode(en.getValue());
            if (prefixCondition != null && !prefixCondition.matchesSort(item.get(m.rangeName()))) {
                break;
            }
            scanned++;
            bytes += en.getValue().size();
            last = item;
            if (filter == null || filter.test(item)) {
                count++;
                if (select != Select.COUNT) {
                    items.add(projection == null ? item : projection.apply(item));
                }
            }
            stopped = scanned >= limit || bytes >= PAGE_BYTES;
        }
        return new Page(items, count, scanned, null);
    }

    private static NavigableMap<byte[], ItemEntry> range(ConcurrentNavigableMap<byte[], ItemEntry> items,
                                                        byte[] lo, boolean loInclusive, byte[] hi, boolean hiInclusive) {
        if (lo != null && hi != null) {
            int c = Arrays.compareUnsigned(lo, hi);
            if (c > 0 || (c == 0 && !(loInclusive && hiInclusive))) {
                return java.util.Collections.emptyNavigableMap();
            }
            return items.subMap(lo, loInclusive, hi, hiInclusive);
        }
        if (lo != null) {
            return items.tailMap(lo, loInclusive);
        }
        if (hi != null) {
            return items.headMap(hi, hiInclusive);
        }
        return items;
    }

    /** The smallest byte string greater than every string starting with {@code prefix}, or null. */
    static byte[] successor(byte[] prefix) {
        byte[] s = prefix.clone();
        for (int i = s.length - 1; i >= 0; i--) {
            if (s[i] != (byte) 0xFF) {
                s[i]++;
                return Arrays.copyOf(s, i + 1);
            }
        }
        return null;
    }

    private static void noIndexYet(String indexName) {
        if (indexName != null) {
            throw new ValidationException("The table does not have the specified index: " + indexName);
        }
    }

    private static Select select(Select select, String projection) {
        if (select == null) {
            return projection != null ? Select.SPECIFIC_ATTRIBUTES : Select.ALL_ATTRIBUTES;
        }
        if (select == Select.ALL_PROJECTED_ATTRIBUTES) {
            throw new ValidationException("One or more parameter values were invalid: Select type ALL_PROJECTED_ATTRIBUTES is supported only when querying an index");
        }
        if (projection != null && select != Select.SPECIFIC_ATTRIBUTES) {
            throw new ValidationException("One or more parameter values were invalid: Cannot specify a ProjectionExpression when choosing to get " + select);
        }
        if (projection == null && select == Select.SPECIFIC_ATTRIBUTES) {
            throw new ValidationException("One or more parameter values were invalid: Select type SPECIFIC_ATTRIBUTES requires a ProjectionExpression");
        }
        return select;
    }

    private static int limit(Integer limit) {
        if (limit == null) {
            return Integer.MAX_VALUE;
        }
        if (limit < 1) {
            throw new ValidationException("1 validation error detected: Value '" + limit
                + "' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1");
        }
        return limit;
    }
}
