package dev.tidemark.engine.internal;

import dev.tidemark.engine.QueryRequest;
import dev.tidemark.engine.QueryResult;
import dev.tidemark.engine.ScanRequest;
import dev.tidemark.engine.ScanResult;
import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.internal.capacity.CapacityManager;
import dev.tidemark.engine.internal.capacity.Consumption;
import dev.tidemark.engine.internal.capacity.Units;
import dev.tidemark.engine.internal.expr.Condition;
import dev.tidemark.engine.internal.expr.KeyCondition;
import dev.tidemark.engine.internal.expr.Projection;
import dev.tidemark.engine.internal.expr.RequestExpressions;
import dev.tidemark.engine.internal.store.IndexEntry;
import dev.tidemark.engine.internal.store.IndexMeta;
import dev.tidemark.engine.internal.store.IndexState;
import dev.tidemark.engine.internal.store.ItemEntry;
import dev.tidemark.engine.internal.store.Store;
import dev.tidemark.engine.internal.store.TableMeta;
import dev.tidemark.engine.internal.store.TableState;
import dev.tidemark.engine.internal.value.ItemValidator;
import dev.tidemark.engine.internal.value.KeyCodec;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.IndexStatus;
import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.Select;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.concurrent.ConcurrentNavigableMap;

/**
 * Query and Scan (reference 3.10–3.12): a range of the key directory of a table or of one of its
 * secondary indexes, read in key order a page at a time — at most {@code Limit} items evaluated or
 * 1 MB of data — then filtered and projected.
 */
final class ReadOperations {
    static final long PAGE_BYTES = 1L << 20;

    private final Store store;
    private final Catalog catalog;
    private final CapacityManager capacity;

    ReadOperations(Store store, Catalog catalog, CapacityManager capacity) {
        this.store = store;
        this.catalog = catalog;
        this.capacity = capacity;
    }

    /** What a page evaluated. */
    private record Page(List<Map<String, AttributeValue>> items, int count, int scanned, Map<String, AttributeValue> lastKey,
                        long bytes, long fetchedBlocks) {
    }

    /**
     * Charges a page (reference 8.2): the sizes of every evaluated item or index entry, summed and
     * rounded up to 4 KB once — filters and projections do not reduce it — on the table or on the
     * index read. Returns null when the request neither wants nor needs accounting; throws the
     * throttling error when the table or index has not the units (a read changes nothing).
     */
    private Consumption charge(TableState t, Source src, Page page, Boolean consistentRead,
                               dev.tidemark.engine.model.ReturnConsumedCapacity mode) {
        if (!Consumption.wanted(mode) && !capacity.accounting(t)) {
            return null;
        }
        Consumption used = new Consumption();
        Units.ReadMode readMode = Units.ReadMode.of(consistentRead);
        // a local index that fetches attributes it does not project also pays for each fetched item (reference 3.10)
        double units = Units.read(page.bytes(), readMode);
        if (page.fetchedBlocks() > 0) {
            units += Units.read(page.fetchedBlocks() * Units.READ_UNIT_BYTES, readMode);
        }
        if (src.index() == null) {
            used.tableRead(t, units);
        } else {
            used.indexRead(t, src.index().meta(), units);
        }
        capacity.acquireOrThrow(used);
        return used;
    }

    /**
     * What a Query or Scan reads: the table, or one of its indexes. Index entries lead to the base
     * item's image; what the reader sees of it depends on the projection (reference 2.3–2.5).
     */
    private record Source(TableMeta table, IndexState index) {
        String hashName() {
            return index == null ? table.hashName() : index.meta().hashName();
        }

        ScalarAttributeType hashType() {
            return index == null ? table.hashType() : index.meta().hashType();
        }

        String rangeName() {
            return index == null ? table.rangeName() : index.meta().rangeName();
        }

        ScalarAttributeType rangeType() {
            return index == null ? table.rangeType() : index.meta().rangeType();
        }

        boolean global() {
            return index != null && !index.meta().local();
        }

        /** The key of the last evaluated item: the table's key, plus the index's key on an index. */
        Map<String, AttributeValue> lastKey(Map<String, AttributeValue> item) {
            Map<String, AttributeValue> k = Keys.keyOf(table, item);
            if (index != null) {
                k.put(index.meta().hashName(), item.get(index.meta().hashName()));
                if (index.meta().rangeName() != null) {
                    k.put(index.meta().rangeName(), item.get(index.meta().rangeName()));
                }
            }
            return k;
        }
    }

    QueryResult query(QueryRequest r) {
        TableState t = catalog.table(r.tableName());
        TableMeta m = t.meta();
        Source src = new Source(m, index(t, r.indexName(), r.consistentRead()));
        Select select = select(r.select(), r.projectionExpression(), src);
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
            .queryKey(src.hashName(), src.hashType(), src.rangeName(), src.rangeType())
            .build();
        checkProjection(ex.projection(), src);
        KeyCondition kc = ex.keyCondition();
        KeyCodec codec = src.index() == null ? t.codec() : src.index().codec();
        boolean forward = r.scanIndexForward() == null || r.scanIndexForward();

        // Directory keys of an index extend the index key with the table key, so every bound is a
        // prefix bound: "sort key = v" is every key starting with enc(h, v), "> v" starts at the
        // successor of that prefix. For a table the same bounds select the same keys.
        byte[] prefix = codec.partitionPrefix(kc.hashValue());
        byte[] lo = prefix;
        boolean loInclusive = true;
        byte[] hi = successor(prefix);
        boolean hiInclusive = false;
        boolean prefixScan = false;
        if (kc.sortOp() != null) {
            byte[] v1 = codec.encode(kc.hashValue(), kc.sortValue1());
            switch (kc.sortOp()) {
                case EQ -> {
                    lo = v1;
                    hi = upTo(v1, hi);
                }
                case GT -> lo = successor(v1);
                case GE -> lo = v1;
                case LT -> hi = v1;
                case LE -> hi = upTo(v1, hi);
                case BETWEEN -> {
                    lo = v1;
                    hi = upTo(codec.encode(kc.hashValue(), kc.sortValue2()), hi);
                }
                case BEGINS_WITH -> {
                    lo = v1;
                    // Every key whose sort key starts with the prefix starts with the prefix's encoding
                    // minus its 2-byte terminator; bounding the range above by that matters when reading
                    // backwards, which otherwise starts at the partition's last key.
                    hi = upTo(Arrays.copyOf(v1, v1.length - 2), hi);
                    prefixScan = true;
                }
                default -> throw new IllegalStateException(kc.sortOp().toString());
            }
        }
        if (r.exclusiveStartKey() != null) {
            if (src.index() == null && m.rangeName() == null) {
                throw new ValidationException("The provided starting key is invalid: The query can return at most one row and cannot be restarted");
            }
            StartKey start = startKey(t, src, r.exclusiveStartKey());
            if (!start.attributes().get(src.hashName()).equals(kc.hashValue())
                || (src.rangeName() != null && !kc.matchesSort(start.attributes().get(src.rangeName())))) {
                throw new ValidationException("The provided starting key is outside query boundaries based on provided conditions");
            }
            if (forward) {
                lo = start.position();
                loInclusive = false;
            } else {
                hi = start.position();
                hiInclusive = false;
            }
        }
        NavigableMap<byte[], ?> range = range(src, t, lo, loInclusive, hi, hiInclusive);
        if (!forward) {
            range = range.descendingMap();
        }
        Page page = read(src, range, limit, ex.filter(), ex.projection(), select, prefixScan ? kc : null);
        Consumption used = charge(t, src, page, r.consistentRead(), r.returnConsumedCapacity());
        return QueryResult.builder().items(page.items()).count(page.count()).scannedCount(page.scanned())
            .lastEvaluatedKey(page.lastKey())
            .consumedCapacity(used == null ? null : used.single(r.returnConsumedCapacity(), t)).build();
    }

    /** The smaller of the end of the keys starting with {@code prefix} and {@code bound}. */
    private static byte[] upTo(byte[] prefix, byte[] bound) {
        byte[] s = successor(prefix);
        return s == null || (bound != null && Arrays.compareUnsigned(s, bound) > 0) ? bound : s;
    }

    ScanResult scan(ScanRequest r) {
        TableState t = catalog.table(r.tableName());
        TableMeta m = t.meta();
        Source src = new Source(m, index(t, r.indexName(), r.consistentRead()));
        Select select = select(r.select(), r.projectionExpression(), src);
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
        checkProjection(ex == null ? null : ex.projection(), src);
        byte[] lo = null;
        boolean loInclusive = true;
        byte[] hi = null;
        if (total != null) {
            lo = KeyCodec.segmentStart(segment, total);
            hi = KeyCodec.segmentEnd(segment, total);
        }
        if (r.exclusiveStartKey() != null) {
            StartKey start = startKey(t, src, r.exclusiveStartKey());
            if (total != null && KeyCodec.segmentOf(start.position(), total) != segment) {
                throw new ValidationException("The provided Exclusive start key does not map to the provided segment: Segment: "
                    + segment + ", TotalSegments: " + total + ". Please use ExclusiveStartKey with correct Segment");
            }
            lo = start.position();
            loInclusive = false;
        }
        NavigableMap<byte[], ?> range = range(src, t, lo, loInclusive, hi, false);
        Page page = read(src, range, limit, ex == null ? null : ex.filter(), ex == null ? null : ex.projection(), select, null);
        Consumption used = charge(t, src, page, r.consistentRead(), r.returnConsumedCapacity());
        return ScanResult.builder().items(page.items()).count(page.count()).scannedCount(page.scanned())
            .lastEvaluatedKey(page.lastKey())
            .consumedCapacity(used == null ? null : used.single(r.returnConsumedCapacity(), t)).build();
    }

    private Page read(Source src, NavigableMap<byte[], ?> range, int limit, Condition filter,
                      Projection projection, Select select, KeyCondition prefixCondition) {
        TableMeta m = src.table();
        IndexState ix = src.index();
        boolean local = ix != null && !src.global();
        String rangeName = src.rangeName();
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        int count = 0;
        int scanned = 0;
        long bytes = 0;
        long fetched = 0;
        boolean fetches = local && fetches(ix, select, projection, src.table());
        Map<String, AttributeValue> last = null;
        boolean stopped = false;
        for (Map.Entry<byte[], ?> en : range.entrySet()) {
            if (stopped) {
                return new Page(items, count, scanned, src.lastKey(last), bytes, fetched);
            }
            ItemEntry entry;
            int size;
            if (en.getValue() instanceof IndexEntry ie) {
                entry = ie.item();
                size = ie.size();
            } else {
                entry = (ItemEntry) en.getValue();
                size = entry.size();
            }
            Map<String, AttributeValue> item = store.decode(entry);
            if (prefixCondition != null && !prefixCondition.matchesSort(item.get(rangeName))) {
                break;
            }
            // What the index holds of the item; a local index can also fetch the rest from the table.
            Map<String, AttributeValue> seen = ix == null ? item : ix.project(item);
            Map<String, AttributeValue> readable = local ? item : seen;
            scanned++;
            bytes += size;
            last = item;
            if (filter == null || filter.test(readable)) {
                count++;
                if (fetches) {
                    fetched += (entry.size() + Units.READ_UNIT_BYTES - 1) / Units.READ_UNIT_BYTES;
                }
                switch (select) {
                    case COUNT -> { }
                    case ALL_ATTRIBUTES -> items.add(readable);
                    case ALL_PROJECTED_ATTRIBUTES -> items.add(seen);
                    case SPECIFIC_ATTRIBUTES -> items.add(projection.apply(readable));
                    default -> throw new IllegalStateException(select.toString());
                }
            }
            stopped = scanned >= limit || bytes >= PAGE_BYTES;
        }
        return new Page(items, count, scanned, null, bytes, fetched);
    }

    /**
     * Whether a read of a local index fetches items from the table: its projection is not ALL and
     * the request returns the whole item or names an attribute the index does not project.
     * (Attributes named only by a filter are not detected: such fetches are not charged.)
     */
    private static boolean fetches(IndexState ix, Select select, Projection projection, TableMeta table) {
        if (ix.meta().projectionType() == ProjectionType.ALL) {
            return false;
        }
        if (select == Select.ALL_ATTRIBUTES) {
            return true;
        }
        if (select == Select.SPECIFIC_ATTRIBUTES && projection != null) {
            Set<String> keys = tableKeys(table);
            for (String a : projection.topLevelNames()) {
                if (!ix.meta().projects(a, keys)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static NavigableMap<byte[], ?> range(Source src, TableState t, byte[] lo, boolean loInclusive,
                                                 byte[] hi, boolean hiInclusive) {
        return src.index() == null ? range(t.items(), lo, loInclusive, hi, hiInclusive)
            : range(src.index().entries(), lo, loInclusive, hi, hiInclusive);
    }

    /** The index a request names, checked for being readable this way; null when none is named. */
    private static IndexState index(TableState t, String name, Boolean consistentRead) {
        if (name == null) {
            return null;
        }
        IndexState ix = t.index(name);
        if (ix == null) {
            throw new ValidationException("The table does not have the specified index: " + name);
        }
        if (!ix.meta().local() && Boolean.TRUE.equals(consistentRead)) {
            throw new ValidationException("Consistent reads are not supported on global secondary indexes");
        }
        if (ix.meta().status() != IndexStatus.ACTIVE) {
            throw new ValidationException("Cannot read from backfilling global secondary index: " + name);
        }
        return ix;
    }

    /** A GSI can only return what it projects (a local index fetches the rest from the table). */
    private static void checkProjection(Projection projection, Source src) {
        if (projection == null || !src.global()) {
            return;
        }
        Set<String> tableKeys = tableKeys(src.table());
        for (String a : projection.topLevelNames()) {
            if (!src.index().meta().projects(a, tableKeys)) {
                throw new ValidationException("One or more parameter values were invalid: Global secondary index "
                    + src.index().meta().name() + " does not project the requested attribute: " + a);
            }
        }
    }

    private static Set<String> tableKeys(TableMeta m) {
        return m.rangeName() == null ? Set.of(m.hashName()) : Set.of(m.hashName(), m.rangeName());
    }

    /** A validated ExclusiveStartKey: its attributes and the directory position it stands for. */
    private record StartKey(Map<String, AttributeValue> attributes, byte[] position) {
    }

    private static StartKey startKey(TableState t, Source src, Map<String, AttributeValue> esk) {
        if (src.index() == null) {
            Keys.Key k = Keys.startKey(t, esk);
            return new StartKey(k.attributes(), k.encoded());
        }
        TableMeta m = src.table();
        IndexMeta im = src.index().meta();
        String mismatch = "The provided starting key is invalid: The provided key element does not match the schema";
        Set<String> names = new HashSet<>(tableKeys(m));
        names.add(im.hashName());
        if (im.rangeName() != null) {
            names.add(im.rangeName());
        }
        if (esk.size() != names.size() || !esk.keySet().containsAll(names)) {
            throw new ValidationException(mismatch);
        }
        Map<String, AttributeValue> tablePart = new LinkedHashMap<>();
        tablePart.put(m.hashName(), esk.get(m.hashName()));
        if (m.rangeName() != null) {
            tablePart.put(m.rangeName(), esk.get(m.rangeName()));
        }
        Keys.Key tk = Keys.startKey(t, tablePart);
        AttributeValue h = esk.get(im.hashName());
        AttributeValue rv = im.rangeName() == null ? null : esk.get(im.rangeName());
        if (h == null || !Keys.typeMatches(h, im.hashType()) || (im.rangeName() != null
            && (rv == null || !Keys.typeMatches(rv, im.rangeType())))) {
            throw new ValidationException(mismatch);
        }
        h = ItemValidator.normalizeValue(h);
        rv = rv == null ? null : ItemValidator.normalizeValue(rv);
        Map<String, AttributeValue> attrs = new LinkedHashMap<>(tk.attributes());
        attrs.put(im.hashName(), h);
        if (rv != null) {
            attrs.put(im.rangeName(), rv);
        }
        if (IndexState.problem(im, attrs) != null) {
            throw new ValidationException(mismatch);
        }
        byte[] ik = src.index().codec().encode(h, rv);
        byte[] pos = Arrays.copyOf(ik, ik.length + tk.encoded().length);
        System.arraycopy(tk.encoded(), 0, pos, ik.length, tk.encoded().length);
        return new StartKey(attrs, pos);
    }

    private static <V> NavigableMap<byte[], V> range(ConcurrentNavigableMap<byte[], V> items,
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

    private static Select select(Select select, String projection, Source src) {
        if (select == null) {
            return projection != null ? Select.SPECIFIC_ATTRIBUTES
                : src.index() != null ? Select.ALL_PROJECTED_ATTRIBUTES : Select.ALL_ATTRIBUTES;
        }
        if (select == Select.ALL_PROJECTED_ATTRIBUTES && src.index() == null) {
            throw new ValidationException("One or more parameter values were invalid: Select type ALL_PROJECTED_ATTRIBUTES is supported only when querying an index");
        }
        if (select == Select.ALL_ATTRIBUTES && src.global() && src.index().meta().projectionType() != ProjectionType.ALL) {
            throw new ValidationException("One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index "
                + src.index().meta().name() + " because its projection type is not ALL");
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
