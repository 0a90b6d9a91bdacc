package dev.tidemark.engine.internal.backup;

import dev.tidemark.engine.internal.value.TableNames;
import dev.tidemark.engine.CreateTableRequest;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.DeleteTableRequest;
import dev.tidemark.engine.ResourceInUseException;
import dev.tidemark.engine.TableAlreadyExistsException;
import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.internal.store.IndexMeta;
import dev.tidemark.engine.internal.store.Store;
import dev.tidemark.engine.internal.store.TableMeta;
import dev.tidemark.engine.internal.store.TableState;
import dev.tidemark.engine.model.AttributeDefinition;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.GlobalSecondaryIndex;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.KeyType;
import dev.tidemark.engine.model.LocalSecondaryIndex;
import dev.tidemark.engine.model.Projection;
import dev.tidemark.engine.model.ProvisionedThroughput;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.TableDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Creates a restore's new table from a source table's metadata and the request's overrides, then
 * loads the items (under the key locks, in log records of up to {@link #BATCH_ITEMS} items), so
 * the table's indexes are built from the data like for any write. The load is synchronous: the
 * call returns when the table holds every item.
 */
final class TableRestorer {
    static final int BATCH_ITEMS = 100;
    private static final int BATCH_BYTES = 1 << 20;

    /** The overrides a restore request may carry. */
    record Overrides(BillingMode billingMode, ProvisionedThroughput throughput,
                     List<GlobalSecondaryIndex> globalIndexes, List<LocalSecondaryIndex> localIndexes) {
    }

    /** Supplies the items to load. */
    interface Items {
        /** Passes every item to the sink. */
        void forEach(Consumer<ImageFiles.Item> sink) throws java.io.IOException;
    }

    private final Database db;
    private final Store store;
    private final KeyLocking locking;

    TableRestorer(Database db, Store store, KeyLocking locking) {
        this.db = db;
        this.store = store;
        this.locking = locking;
    }

    /** Validates a target table name (ValidationException) and that it is free (TableAlreadyExistsException). */
    void checkTarget(String name) {
        TableNames.validate(name, "targetTableName");
        if (store.table(name) != null) {
            throw new TableAlreadyExistsException("Table already exists: " + name);
        }
    }

    /** The CreateTable request of the new table (validated by CreateTable itself). */
    static CreateTableRequest request(String target, TableMeta m, Overrides o) {
        Map<String, ScalarAttributeType> types = m.keyTypes();
        BillingMode billing = o.billingMode() != null ? o.billingMode() : m.billingMode();
        ProvisionedThroughput tableThroughput = null;
        if (billing == BillingMode.PROVISIONED) {
            tableThroughput = o.throughput() != null ? o.throughput()
                : m.billingMode() == BillingMode.PROVISIONED
                    ? ProvisionedThroughput.builder().readCapacityUnits(m.readCapacity()).writeCapacityUnits(m.writeCapacity()).build()
                    : null;
            if (tableThroughput == null) {
                throw new ValidationException("One or more parameter values were invalid: ProvisionedThroughputOverride must be specified "
                    + "when restoring an on-demand table with BillingModeOverride PROVISIONED");
            }
        } else if (o.throughput() != null) {
            throw new ValidationException("One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
        }
        List<GlobalSecondaryIndex> gsis = new ArrayList<>();
        List<LocalSecondaryIndex> lsis = new ArrayList<>();
        if (o.globalIndexes() != null) {
            for (GlobalSecondaryIndex g : o.globalIndexes()) {
                IndexMeta im = g == null ? null : m.index(g.indexName());
                if (im == null || im.local()) {
                    throw new ValidationException("One or more parameter values were invalid: GlobalSecondaryIndexOverride names "
                        + (g == null ? "null" : g.indexName()) + ", which is not a global secondary index of the source table");
                }
                ProvisionedThroughput pt = g.provisionedThroughput();
                if (pt == null && billing == BillingMode.PROVISIONED) {
                    pt = indexThroughput(im, tableThroughput);
                }
                gsis.add(g.toBuilder().provisionedThroughput(billing == BillingMode.PROVISIONED ? pt : g.provisionedThroughput()).build());
            }
        }
        if (o.localIndexes() != null) {
            for (LocalSecondaryIndex l : o.localIndexes()) {
                IndexMeta im = l == null ? null : m.index(l.indexName());
                if (im == null || !im.local()) {
                    throw new ValidationException("One or more parameter values were invalid: LocalSecondaryIndexOverride names "
                        + (l == null ? "null" : l.indexName()) + ", which is not a local secondary index of the source table");
                }
                lsis.add(l);
            }
        }
        for (IndexMeta im : m.indexes()) {
            Projection projection = Projection.builder().projectionType(im.projectionType())
                .nonKeyAttributes(im.nonKeyAttributes().isEmpty() ? null : im.nonKeyAttributes()).build();
            if (im.local() && o.localIndexes() == null) {
                lsis.add(LocalSecondaryIndex.builder().indexName(im.name()).keySchema(keySchema(im.hashName(), im.rangeName()))
                    .projection(projection).build());
            } else if (!im.local() && o.globalIndexes() == null) {
                gsis.add(GlobalSecondaryIndex.builder().indexName(im.name()).keySchema(keySchema(im.hashName(), im.rangeName()))
                    .projection(projection)
                    .provisionedThroughput(billing == BillingMode.PROVISIONED ? indexThroughput(im, tableThroughput) : null).build());
            }
        }
        Set<String> used = new java.util.HashSet<>();
        used.add(m.hashName());
        if (m.rangeName() != null) {
            used.add(m.rangeName());
        }
        for (GlobalSecondaryIndex g : gsis) {
            g.keySchema().forEach(k -> used.add(k.attributeName()));
        }
        for (LocalSecondaryIndex l : lsis) {
            l.keySchema().forEach(k -> used.add(k.attributeName()));
        }
        List<AttributeDefinition> defs = new ArrayList<>();
        types.forEach((n, t) -> {
            if (used.contains(n)) {
                defs.add(AttributeDefinition.builder().attributeName(n).attributeType(t).build());
            }
        });
        return CreateTableRequest.builder().tableName(target).keySchema(keySchema(m.hashName(), m.rangeName()))
            .attributeDefinitions(defs).billingMode(billing).provisionedThroughput(tableThroughput)
            .globalSecondaryIndexes(gsis.isEmpty() ? null : gsis).localSecondaryIndexes(lsis.isEmpty() ? null : lsis).build();
    }

    private static ProvisionedThroughput indexThroughput(IndexMeta im, ProvisionedThroughput table) {
        if (im.readCapacity() > 0 && im.writeCapacity() > 0) {
            return ProvisionedThroughput.builder().readCapacityUnits(im.readCapacity()).writeCapacityUnits(im.writeCapacity()).build();
        }
        return table;
    }

    private static List<KeySchemaElement> keySchema(String hash, String range) {
        List<KeySchemaElement> ks = new ArrayList<>(2);
        ks.add(KeySchemaElement.builder().attributeName(hash).keyType(KeyType.HASH).build());
        if (range != null) {
            ks.add(KeySchemaElement.builder().attributeName(range).keyType(KeyType.RANGE).build());
        }
        return ks;
    }

    /**
     * Creates the table and loads the items. On a failure while loading, the half-loaded table is
     * deleted and the failure rethrown.
     */
    TableDescription restore(CreateTableRequest create, Items items) {
        try {
            db.createTable(create);
        } catch (ResourceInUseException e) {
            throw new TableAlreadyExistsException("Table already exists: " + create.tableName());
        }
        TableState t = store.table(create.tableName());
        try {
            List<Store.Change> batch = new ArrayList<>();
            long[] bytes = {0};
            items.forEach(item -> {
                batch.add(new Store.Change(t, item.key(), item.body(), item.size()));
                bytes[0] += item.body().length;
                if (batch.size() >= BATCH_ITEMS || bytes[0] >= BATCH_BYTES) {
                    commit(t, batch);
                    batch.clear();
                    bytes[0] = 0;
                }
            });
            if (!batch.isEmpty()) {
                commit(t, batch);
            }
        } catch (java.io.IOException | RuntimeException e) {
            try {
                db.deleteTable(DeleteTableRequest.builder().tableName(create.tableName()).build());
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof java.io.IOException io) {
                throw new dev.tidemark.engine.InternalServerErrorException("restore failed: " + io.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
        return db.describeTable(d -> d.tableName(create.tableName())).table();
    }

    private void commit(TableState t, List<Store.Change> batch) {
        List<byte[]> keys = new ArrayList<>(batch.size());
        for (Store.Change c : batch) {
            keys.add(c.key());
        }
        List<Store.Change> copy = List.copyOf(batch);
        locking.withKeys(t.meta().id(), keys, () -> store.commit(copy));
    }
}
