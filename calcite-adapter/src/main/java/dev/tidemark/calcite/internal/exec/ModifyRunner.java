package dev.tidemark.calcite.internal.exec;

import dev.tidemark.calcite.TidemarkSqlException;
import dev.tidemark.calcite.internal.schema.Column;
import dev.tidemark.calcite.internal.schema.Json;
import dev.tidemark.calcite.internal.schema.TableShape;
import dev.tidemark.calcite.internal.schema.TidemarkTable;
import dev.tidemark.calcite.internal.schema.Values;
import dev.tidemark.engine.ConditionalCheckFailedException;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.TidemarkException;
import dev.tidemark.engine.TransactionCanceledException;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.CancellationReason;
import dev.tidemark.engine.model.Delete;
import dev.tidemark.engine.model.Put;
import dev.tidemark.engine.model.TransactWriteItem;
import dev.tidemark.engine.model.Update;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.Linq4j;

/**
 * Runs INSERT, UPDATE and DELETE. Every write carries a condition: an INSERT that its key is new, an
 * UPDATE or DELETE that the item is unchanged since the row was read and matched the WHERE clause.
 * With auto-commit off the writes go to the session's open transaction instead.
 */
public final class ModifyRunner {
    private ModifyRunner() {
    }

    /**
     * Called by generated code.
     *
     * @param root the statement's data context
     * @param table the table written
     * @param operation INSERT, UPDATE or DELETE
     * @param updateColumns the columns an UPDATE sets
     * @param input new rows (INSERT) or current rows followed by the new values (UPDATE, DELETE)
     * @param arrayRows whether input rows are arrays
     * @return one row: the update count
     */
    public static Enumerable<Long> run(DataContext root, TidemarkTable table, String operation,
            List<String> updateColumns, Enumerable<?> input, boolean arrayRows) {
        TableShape shape = table.shape();
        List<Object[]> rows = new ArrayList<>();
        try (Enumerator<?> e = input.enumerator()) {
            while (e.moveNext()) {
                rows.add(toArray(e.current(), arrayRows));
            }
        }
        long count = switch (operation) {
            case "INSERT" -> insert(table, shape, rows);
            case "UPDATE" -> update(table, shape, updateColumns, rows);
            case "DELETE" -> delete(table, shape, rows);
            case "MERGE" -> throw new TidemarkSqlException("0A000", null, "MERGE is not supported on Tidemark tables:"
                    + " use UPSERT INTO t (cols) VALUES (...) to insert or replace items by key, or UPDATE ... WHERE"
                    + " and INSERT", null);
            default -> throw new TidemarkSqlException("0A000", null, operation + " is not supported on Tidemark tables", null);
        };
        return Linq4j.singletonEnumerable(count);
    }

    private static Object[] toArray(Object row, boolean arrayRows) {
        if (row instanceof Object[] a) {
            return a;
        }
        if (!arrayRows) {
            return new Object[] {row};
        }
        List<Object> values = new ArrayList<>();
        for (Field f : row.getClass().getFields()) {
            try {
                values.add(f.get(row));
            } catch (IllegalAccessException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return values.toArray();
    }

    private static long insert(TidemarkTable table, TableShape shape, List<Object[]> rows) {
        boolean upsert = table.session().upsert();
        List<TransactWriteItem> writes = new ArrayList<>();
        Set<Map<String, AttributeValue>> keys = new HashSet<>();
        for (Object[] row : rows) {
            Map<String, AttributeValue> item = new LinkedHashMap<>();
            Object whole = row[shape.itemOrdinal()];
            if (whole != null) {
                AttributeValue v = parse(whole.toString());
                if (v.type() != AttributeValue.Type.M) {
                    throw new TidemarkSqlException("22000", null, "Column " + TableShape.ITEM_COLUMN
                            + " takes a JSON object", null);
                }
                item.putAll(v.m());
            }
            List<Column> cols = shape.columns();
            for (int i = 0; i < cols.size(); i++) {
                Column c = cols.get(i);
                if (c.role() == Column.Role.ITEM) {
                    continue;
                }
                AttributeValue v = toAttribute(row[i], c);
                if (v != null) {
                    item.put(c.name(), v);
                } else if (row[i] == null && whole == null) {
                    item.remove(c.name());
                }
            }
            Map<String, AttributeValue> key = key(shape, item);
            if (!keys.add(key)) {
                throw new TidemarkSqlException("23505", "ConditionalCheckFailedException",
                        "duplicate key " + Json.item(key) + " in table " + shape.tableName()
                                + ": the statement " + (upsert ? "upserts" : "inserts") + " it twice; nothing was written",
                        null);
            }
            writes.add(TransactWriteItem.builder().put(upsert
                    ? Put.builder().tableName(shape.tableName()).item(item).build()
                    : Put.builder().tableName(shape.tableName()).item(item)
                    .conditionExpression("attribute_not_exists(#pk)")
                    .expressionAttributeNames(Map.of("#pk", shape.partitionKey())).build()).build());
        }
        Session session = table.session();
        if (!session.autoCommit()) {
            session.buffer(writes);
            return writes.size();
        }
        Database db = session.database();
        try {
            if (writes.size() == 1) {
                Put p = writes.get(0).put();
                db.putItem(r -> r.tableName(p.tableName()).item(p.item()).conditionExpression(p.conditionExpression())
                        .expressionAttributeNames(p.expressionAttributeNames()));
            } else if (writes.size() > 1 && writes.size() <= Session.MAX_TRANSACTION_WRITES) {
                db.transactWriteItems(t -> t.transactItems(writes));
            } else {
                for (TransactWriteItem w : writes) {
                    Put p = w.put();
                    db.putItem(r -> r.tableName(p.tableName()).item(p.item())
                            .conditionExpression(p.conditionExpression())
                            .expressionAttributeNames(p.expressionAttributeNames()));
                }
            }
        } catch (ConditionalCheckFailedException e) {
            throw duplicate(shape, e);
        } catch (TransactionCanceledException e) {
            for (CancellationReason r : e.cancellationReasons()) {
                if ("ConditionalCheckFailed".equals(r.code())) {
                    throw duplicate(shape, e);
                }
            }
            throw Errors.translate(e);
        } catch (TidemarkException e) {
            throw Errors.translate(e);
        }
        return writes.size();
    }

    private static TidemarkSqlException duplicate(TableShape shape, TidemarkException e) {
        return new TidemarkSqlException("23505", e.errorName(), "duplicate key in table " + shape.tableName()
                + ": an item with this key already exists; nothing was written", e);
    }

    private static long update(TidemarkTable table, TableShape shape, List<String> updateColumns, List<Object[]> rows) {
        List<Column> cols = shape.columns();
        List<Column> targets = new ArrayList<>();
        for (String name : updateColumns) {
            Column c = cols.get(shape.ordinal(name));
            if (c.isKey()) {
                throw new TidemarkSqlException("0A000", null, "Updating the key column " + name
                        + " is not supported: delete the row and insert it with the new key", null);
            }
            targets.add(c);
        }
        List<TransactWriteItem> writes = new ArrayList<>();
        for (Object[] row : rows) {
            Map<String, AttributeValue> current = current(table, shape, row);
            if (current == null) {
                continue;
            }
            Map<String, String> names = new HashMap<>();
            Map<String, AttributeValue> values = new HashMap<>();
            String condition = unchangedCondition(current, names, values);
            List<String> sets = new ArrayList<>();
            List<String> removes = new ArrayList<>();
            boolean replaceWhole = false;
            for (int i = 0; i < targets.size(); i++) {
                Column c = targets.get(i);
                Object newValue = row[cols.size() + i];
                if (c.role() == Column.Role.ITEM) {
                    replaceWhole = true;
                    continue;
                }
                String alias = "#u" + i;
                names.put(alias, c.name());
                AttributeValue v = toAttribute(newValue, c);
                if (v == null) {
                    removes.add(alias);
                } else {
                    values.put(":u" + i, v);
                    sets.add(alias + " = :u" + i);
                }
            }
            if (replaceWhole) {
                throw new TidemarkSqlException("0A000", null, "Updating the " + TableShape.ITEM_COLUMN
                        + " column is not supported; set the attribute columns", null);
            }
            StringBuilder expr = new StringBuilder();
            if (!sets.isEmpty()) {
                expr.append("SET ").append(String.join(", ", sets));
            }
            if (!removes.isEmpty()) {
                expr.append(expr.length() == 0 ? "" : " ").append("REMOVE ").append(String.join(", ", removes));
            }
            Update.Builder u = Update.builder().tableName(shape.tableName()).key(key(shape, current))
                    .conditionExpression(condition).expressionAttributeNames(names);
            if (!values.isEmpty()) {
                u.expressionAttributeValues(values);
            }
            if (expr.length() > 0) {
                u.updateExpression(expr.toString());
            }
            writes.add(TransactWriteItem.builder().update(u.build()).build());
        }
        return write(table, writes);
    }

    private static long delete(TidemarkTable table, TableShape shape, List<Object[]> rows) {
        List<TransactWriteItem> writes = new ArrayList<>();
        for (Object[] row : rows) {
            Map<String, AttributeValue> current = current(table, shape, row);
            if (current == null) {
                continue;
            }
            Map<String, String> names = new HashMap<>();
            Map<String, AttributeValue> values = new HashMap<>();
            String condition = unchangedCondition(current, names, values);
            Delete.Builder d = Delete.builder().tableName(shape.tableName()).key(key(shape, current))
                    .conditionExpression(condition).expressionAttributeNames(names);
            if (!values.isEmpty()) {
                d.expressionAttributeValues(values);
            }
            writes.add(TransactWriteItem.builder().delete(d.build()).build());
        }
        return write(table, writes);
    }

    /** Sends UPDATE/DELETE writes one by one (auto-commit) and counts those whose condition held. */
    private static long write(TidemarkTable table, List<TransactWriteItem> writes) {
        Session session = table.session();
        if (!session.autoCommit()) {
            session.buffer(writes);
            return writes.size();
        }
        Database db = session.database();
        long count = 0;
        for (TransactWriteItem w : writes) {
            try {
                if (w.update() != null) {
                    Update u = w.update();
                    db.updateItem(r -> r.tableName(u.tableName()).key(u.key()).updateExpression(u.updateExpression())
                            .conditionExpression(u.conditionExpression())
                            .expressionAttributeNames(u.expressionAttributeNames())
                            .expressionAttributeValues(u.expressionAttributeValues()));
                } else {
                    Delete d = w.delete();
                    db.deleteItem(r -> r.tableName(d.tableName()).key(d.key())
                            .conditionExpression(d.conditionExpression())
                            .expressionAttributeNames(d.expressionAttributeNames())
                            .expressionAttributeValues(d.expressionAttributeValues()));
                }
                count++;
            } catch (ConditionalCheckFailedException e) {
                // changed (or deleted) by someone else since it was read: it may no longer match
            } catch (TidemarkException e) {
                throw Errors.translate(e);
            }
        }
        return count;
    }

    /**
     * The item as it is now, if it still gives the same SQL row the statement matched; else null (it
     * changed after the read, so the WHERE clause may no longer hold).
     */
    private static Map<String, AttributeValue> current(TidemarkTable table, TableShape shape, Object[] row) {
        Map<String, AttributeValue> key = new HashMap<>();
        List<Column> cols = shape.columns();
        for (int i = 0; i < cols.size(); i++) {
            Column c = cols.get(i);
            if (c.isKey()) {
                AttributeValue v = Values.toKey(row[i], c.role() == Column.Role.PARTITION_KEY ? shape.partitionKeyType()
                        : shape.sortKeyType());
                if (v == null) {
                    return null;
                }
                key.put(c.name(), v);
            }
        }
        Map<String, AttributeValue> item;
        try {
            item = table.session().database().getItem(g -> g.tableName(shape.tableName()).key(key).consistentRead(true))
                    .item();
        } catch (TidemarkException e) {
            throw Errors.translate(e);
        }
        if (item == null) {
            return null;
        }
        for (int i = 0; i < cols.size(); i++) {
            Column c = cols.get(i);
            Object now = c.role() == Column.Role.ITEM ? Json.item(item) : Values.toSql(item.get(c.name()), c.type());
            if (!same(now, row[i])) {
                return null;
            }
        }
        return item;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        return Objects.equals(a, b);
    }

    /** A condition that every attribute of {@code item} still has its value. */
    private static String unchangedCondition(Map<String, AttributeValue> item, Map<String, String> names,
            Map<String, AttributeValue> values) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            names.put("#c" + i, e.getKey());
            values.put(":c" + i, e.getValue());
            parts.add("#c" + i + " = :c" + i);
            i++;
        }
        return String.join(" AND ", parts);
    }

    private static Map<String, AttributeValue> key(TableShape shape, Map<String, AttributeValue> item) {
        Map<String, AttributeValue> key = new HashMap<>();
        key.put(shape.partitionKey(), item.get(shape.partitionKey()));
        if (shape.sortKey() != null) {
            key.put(shape.sortKey(), item.get(shape.sortKey()));
        }
        return key;
    }

    private static AttributeValue toAttribute(Object value, Column c) {
        try {
            return Values.toAttribute(value, c.type(), c.name());
        } catch (IllegalArgumentException e) {
            throw new TidemarkSqlException("22000", null, e.getMessage(), e);
        }
    }

    private static AttributeValue parse(String json) {
        try {
            return Json.parse(json);
        } catch (IllegalArgumentException e) {
            throw new TidemarkSqlException("22000", null, e.getMessage(), e);
        }
    }
}
