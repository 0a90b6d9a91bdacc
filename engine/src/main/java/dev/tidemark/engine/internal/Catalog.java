package dev.tidemark.engine.internal;

import dev.tidemark.engine.CreateTableRequest;
import dev.tidemark.engine.CreateTableResult;
import dev.tidemark.engine.DeleteTableRequest;
import dev.tidemark.engine.DeleteTableResult;
import dev.tidemark.engine.DescribeTableRequest;
import dev.tidemark.engine.DescribeTableResult;
import dev.tidemark.engine.ListTablesRequest;
import dev.tidemark.engine.LimitExceededException;
import dev.tidemark.engine.ListTablesResult;
import dev.tidemark.engine.ResourceInUseException;
import dev.tidemark.engine.ResourceNotFoundException;
import dev.tidemark.engine.DeleteScalingPolicyRequest;
import dev.tidemark.engine.DeleteScalingPolicyResult;
import dev.tidemark.engine.DescribeScalingPoliciesRequest;
import dev.tidemark.engine.DescribeScalingPoliciesResult;
import dev.tidemark.engine.PutScalingPolicyRequest;
import dev.tidemark.engine.PutScalingPolicyResult;
import dev.tidemark.engine.UpdateTableRequest;
import dev.tidemark.engine.UpdateTableResult;
import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.internal.capacity.CapacitySettings;
import dev.tidemark.engine.internal.capacity.DecreaseRules;
import dev.tidemark.engine.internal.store.IndexMeta;
import dev.tidemark.engine.internal.store.IndexState;
import dev.tidemark.engine.internal.store.Store;
import dev.tidemark.engine.internal.store.TableMeta;
import dev.tidemark.engine.internal.store.TableOptions;
import dev.tidemark.engine.internal.value.TableNames;
import dev.tidemark.engine.internal.store.TableState;
import dev.tidemark.engine.internal.stream.StreamControl;
import dev.tidemark.engine.model.AttributeDefinition;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.BillingModeSummary;
import dev.tidemark.engine.model.CreateGlobalSecondaryIndexAction;
import dev.tidemark.engine.model.GlobalSecondaryIndex;
import dev.tidemark.engine.model.GlobalSecondaryIndexDescription;
import dev.tidemark.engine.model.GlobalSecondaryIndexUpdate;
import dev.tidemark.engine.model.IndexStatus;
import dev.tidemark.engine.model.LocalSecondaryIndex;
import dev.tidemark.engine.model.LocalSecondaryIndexDescription;
import dev.tidemark.engine.model.OnDemandThroughput;
import dev.tidemark.engine.model.Projection;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.KeyType;
import dev.tidemark.engine.model.ProvisionedThroughput;
import dev.tidemark.engine.model.ProvisionedThroughputDescription;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.ScalingPolicy;
import dev.tidemark.engine.model.TableDescription;
import dev.tidemark.engine.model.TableStatus;
import dev.tidemark.engine.internal.value.Values;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The control plane: CreateTable, DescribeTable, ListTables, UpdateTable, DeleteTable (reference 2.1, 2.2, 2.7). */
final class Catalog {
    private static final String ARN_PREFIX = "arn:aws:dynamodb:tidemark:000000000000:table/";

    private static final String ONE_ONLINE_INDEX =
        "Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table";

    private final Store store;
    private final IndexBackfill backfill;
    private final Clock clock;

    Catalog(Store store, IndexBackfill backfill, Clock clock) {
        this.store = store;
        this.backfill = backfill;
        this.clock = clock;
    }

    private static List<KeySchemaElement> keySchema(String hash, String range) {
        List<KeySchemaElement> ks = new ArrayList<>(2);
        ks.add(KeySchemaElement.builder().attributeName(hash).keyType(KeyType.HASH).build());
        if (range != null) {
            ks.add(KeySchemaElement.builder().attributeName(range).keyType(KeyType.RANGE).build());
        }
        return ks;
    }

    /** A table option's value (a copy), or null. */
    byte[] tableOption(String tableName, String key) {
        if (key == null) {
            throw new ValidationException("An option key is required");
        }
        return table(tableName).meta().options().get(key);
    }

    /** Sets or (null value) removes a table option, logged as a table metadata change. */
    void setTableOption(String tableName, String key, byte[] value) {
        if (key == null || key.isEmpty()) {
            throw new ValidationException("An option key is required");
        }
        TableState t = table(tableName);
        store.updateTable(t, m -> m.withOptions(m.options().with(key, value)));
    }

    /** The live table named in a data-plane request, or ResourceNotFoundException. */
    TableState table(String name) {
        TableState t = name == null ? null : store.table(name);
        if (t != null) {
            return t; // an existing table's name is valid: skip the pattern check on the hot path
        }
        validateName(name, "tableName");
        t = store.table(name);
        if (t == null) {
            throw new ResourceNotFoundException("Requested resource not found: Table: " + name + " not found");
        }
        return t;
    }

    static void validateName(String name, String member) {
        TableNames.validate(name, member);
    }

    CreateTableResult createTable(CreateTableRequest r) {
        validateName(r.tableName(), "tableName");
        List<KeySchemaElement> ks = r.keySchema();
        if (ks == null || ks.isEmpty() || ks.size() > 2) {
            throw new ValidationException("1 validation error detected: Value at 'keySchema' failed to satisfy constraint: "
                + "Member must have length less than or equal to 2 and greater than or equal to 1");
        }
        KeySchemaElement hash = ks.get(0);
        if (hash == null || hash.keyType() != KeyType.HASH) {
            throw new ValidationException("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        }
        KeySchemaElement range = ks.size() == 2 ? ks.get(1) : null;
        if (range != null && range.keyType() != KeyType.RANGE) {
            throw new ValidationException("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
        }
        checkAttributeName(hash.attributeName());
        if (range != null) {
            checkAttributeName(range.attributeName());
            if (range.attributeName().equals(hash.attributeName())) {
                throw new ValidationException("Both the Hash Key and the Range Key element in the KeySchema have the same name");
            }
        }
        List<AttributeDefinition> defs = r.attributeDefinitions();
        if (defs == null || defs.isEmpty()) {
            throw new ValidationException("One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. Keys: "
                + keyNames(hash, range) + ", AttributeDefinitions: []");
        }
        Map<String, ScalarAttributeType> types = new HashMap<>();
        for (AttributeDefinition d : defs) {
            if (d == null || d.attributeName() == null || d.attributeType() == null) {
                throw new ValidationException("One or more parameter values were invalid: An AttributeDefinition needs an attribute name and type");
            }
            if (types.put(d.attributeName(), d.attributeType()) != null) {
                throw new ValidationException("Cannot have two attributes with the same name: " + d.attributeName());
            }
        }
        BillingMode billing = r.billingMode() == null ? BillingMode.PROVISIONED : r.billingMode();
        List<IndexDefinitions.Declared> declared = new ArrayList<>();
        if (r.localSecondaryIndexes() != null) {
            if (r.localSecondaryIndexes().isEmpty()) {
                throw new ValidationException("One or more parameter values were invalid: List of LocalSecondaryIndexes is empty");
            }
            for (LocalSecondaryIndex l : r.localSecondaryIndexes()) {
                if (l == null) {
                    throw new ValidationException("1 validation error detected: Value null at 'localSecondaryIndexes.member' failed to satisfy constraint: Member must not be null");
                }
                declared.add(new IndexDefinitions.Declared(l.indexName(), l.keySchema(), l.projection(), null, true));
            }
        }
        if (r.globalSecondaryIndexes() != null) {
            if (r.globalSecondaryIndexes().isEmpty()) {
                throw new ValidationException("One or more parameter values were invalid: List of GlobalSecondaryIndexes is empty");
            }
            for (GlobalSecondaryIndex g : r.globalSecondaryIndexes()) {
                if (g == null) {
                    throw new ValidationException("1 validation error detected: Value null at 'globalSecondaryIndexes.member' failed to satisfy constraint: Member must not be null");
                }
                declared.add(new IndexDefinitions.Declared(g.indexName(), g.keySchema(), g.projection(), g.provisionedThroughput(), false));
            }
        }
        Set<String> used = new HashSet<>();
        used.add(hash.attributeName());
        if (range != null) {
            used.add(range.attributeName());
        }
        if (!types.keySet().containsAll(used)) {
            throw new ValidationException("One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. Keys: "
                + keyNames(hash, range) + ", AttributeDefinitions: " + types.keySet());
        }
        long[] capacity = capacity(billing, r.provisionedThroughput());
        List<IndexMeta> indexes = new ArrayList<>();
        for (IndexDefinitions.Declared d : declared) {
            IndexMeta im = IndexDefinitions.validate(d, hash.attributeName(), range == null ? null : range.attributeName(),
                types, billing, indexes.size() + 1, false);
            indexes.add(im);
            used.add(im.hashName());
            if (im.rangeName() != null) {
                used.add(im.rangeName());
            }
        }
        IndexDefinitions.checkTable(indexes);
        if (!used.containsAll(types.keySet())) {
            throw new ValidationException("One or more parameter values were invalid: Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions");
        }
        CapacitySettings settings = CapacitySettings.NONE;
        if (r.onDemandThroughput() != null) {
            long[] max = onDemand(billing, r.onDemandThroughput(), null, null);
            settings = settings.withMax(max[0], max[1]);
        }
        if (r.globalSecondaryIndexes() != null) {
            for (GlobalSecondaryIndex g : r.globalSecondaryIndexes()) {
                if (g.onDemandThroughput() != null) {
                    long[] max = onDemand(billing, g.onDemandThroughput(), g.indexName(), null);
                    IndexMeta im = indexes.stream().filter(i -> i.name().equals(g.indexName())).findFirst().orElseThrow();
                    settings = settings.withIndexMax(im.id(), max[0], max[1]);
                }
            }
        }
        Instant now = clock.instant();
        // ---- streams
        if (StreamControl.validate(r.streamSpecification())) {
            store.orderCommits();
        }
        TableOptions options = StreamControl.create(settings.into(TableOptions.EMPTY), r.streamSpecification(), clock.millis());
        TableState t = store.createTable(r.tableName(), id -> new TableMeta(id, r.tableName(), UUID.randomUUID().toString(), now,
            hash.attributeName(), types.get(hash.attributeName()),
            range == null ? null : range.attributeName(), range == null ? null : types.get(range.attributeName()),
            billing, capacity[0], capacity[1], null, null, 0,
            billing == BillingMode.PAY_PER_REQUEST ? now : null, indexes, indexes.size() + 1, options));
        if (t == null) {
            throw new ResourceInUseException("Table already exists: " + r.tableName());
        }
        return CreateTableResult.builder().tableDescription(describe(t, TableStatus.ACTIVE)).build();
    }

    private static String keyNames(KeySchemaElement hash, KeySchemaElement range) {
        return "[" + hash.attributeName() + (range == null ? "" : ", " + range.attributeName()) + "]";
    }

    private static void checkAttributeName(String name) {
        if (name == null || name.isEmpty()) {
            throw new ValidationException("1 validation error detected: Value at 'keySchema.attributeName' failed to satisfy constraint: Member must have length greater than or equal to 1");
        }
        if (Values.utf8Length(name) > 255) {
            throw new ValidationException("1 validation error detected: Value at 'keySchema.attributeName' failed to satisfy constraint: Member must have length less than or equal to 255");
        }
    }

    /** Validates billing mode and throughput together; returns {read, write}. */
    private static long[] capacity(BillingMode billing, ProvisionedThroughput pt) {
        if (billing == BillingMode.PAY_PER_REQUEST) {
            if (pt != null && (pt.readCapacityUnits() != null || pt.writeCapacityUnits() != null)) {
                throw new ValidationException("One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
            }
            return new long[] {0, 0};
        }
        if (pt == null || pt.readCapacityUnits() == null || pt.writeCapacityUnits() == null) {
            throw new ValidationException("One or more parameter values were invalid: ProvisionedThroughput must be specified when BillingMode is PROVISIONED");
        }
        if (pt.readCapacityUnits() < 1 || pt.writeCapacityUnits() < 1) {
            throw new ValidationException("One or more parameter values were invalid: ProvisionedThroughput ReadCapacityUnits and WriteCapacityUnits must be at least 1");
        }
        return new long[] {pt.readCapacityUnits(), pt.writeCapacityUnits()};
    }

    /**
     * Validates on-demand ceilings against the billing mode; returns {read, write}, -1 for none
     * (a null or -1 value). {@code current} gives the values a null member keeps in UpdateTable.
     */
    static long[] onDemand(BillingMode billing, OnDemandThroughput odt, String index, long[] current) {
        if (billing != BillingMode.PAY_PER_REQUEST) {
            throw new ValidationException("One or more parameter values were invalid: OnDemandThroughput can only be specified when BillingMode is PAY_PER_REQUEST"
                + (index == null ? "" : " (index: " + index + ")"));
        }
        long[] out = current == null ? new long[] {-1, -1} : current.clone();
        Long[] given = {odt.maxReadRequestUnits(), odt.maxWriteRequestUnits()};
        String[] names = {"MaxReadRequestUnits", "MaxWriteRequestUnits"};
        for (int i = 0; i < 2; i++) {
            if (given[i] == null) {
                continue;
            }
            if (given[i] != -1 && given[i] < 1) {
                throw new ValidationException("One or more parameter values were invalid: OnDemandThroughput " + names[i]
                    + " must be at least 1, or -1 to remove the limit; got " + given[i]);
            }
            out[i] = given[i] == -1 ? -1 : given[i];
        }
        return out;
    }

    DescribeTableResult describeTable(DescribeTableRequest r) {
        return DescribeTableResult.builder().table(describe(table(r.tableName()), TableStatus.ACTIVE)).build();
    }

    ListTablesResult listTables(ListTablesRequest r) {
        int limit = r.limit() == null ? 100 : r.limit();
        if (limit < 1 || limit > 100) {
            throw new ValidationException("1 validation error detected: Value '" + limit
                + "' at 'limit' failed to satisfy constraint: Member must have value between 1 and 100");
        }
        if (r.exclusiveStartTableName() != null) {
            validateName(r.exclusiveStartTableName(), "exclusiveStartTableName");
        }
        List<String> names = new ArrayList<>();
        for (TableState t : store.tables()) {
            names.add(t.meta().name());
        }
        names.sort(null);
        List<String> page = new ArrayList<>();
        String last = null;
        for (String n : names) {
            if (r.exclusiveStartTableName() != null && n.compareTo(r.exclusiveStartTableName()) <= 0) {
                continue;
            }
            if (page.size() == limit) {
                last = page.get(page.size() - 1);
                break;
            }
            page.add(n);
        }
        return ListTablesResult.builder().tableNames(page).lastEvaluatedTableName(last).build();
    }

    UpdateTableResult updateTable(UpdateTableRequest r) {
        TableState t = table(r.tableName());
        List<GlobalSecondaryIndexUpdate> updates = r.globalSecondaryIndexUpdates() == null ? List.of() : r.globalSecondaryIndexUpdates();
        if (r.billingMode() == null && r.provisionedThroughput() == null && r.onDemandThroughput() == null && updates.isEmpty()
            && r.streamSpecification() == null) {
            throw new ValidationException("At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required");
        }
        int structural = 0;
        for (GlobalSecondaryIndexUpdate u : updates) {
            int actions = u == null ? 0 : (u.create() != null ? 1 : 0) + (u.update() != null ? 1 : 0) + (u.delete() != null ? 1 : 0);
            if (actions != 1) {
                throw new ValidationException("One or more parameter values were invalid: One of GlobalSecondaryIndexUpdate.Create, "
                    + "GlobalSecondaryIndexUpdate.Update or GlobalSecondaryIndexUpdate.Delete must be specified");
            }
            if (u.create() != null || u.delete() != null) {
                structural++;
            }
        }
        if (structural > 1) {
            throw new LimitExceededException(ONE_ONLINE_INDEX);
        }
        Map<String, ScalarAttributeType> defined = new HashMap<>();
        if (r.attributeDefinitions() != null) {
            for (AttributeDefinition d : r.attributeDefinitions()) {
                if (d == null || d.attributeName() == null || d.attributeType() == null) {
                    throw new ValidationException("One or more parameter values were invalid: An AttributeDefinition needs an attribute name and type");
                }
                if (defined.put(d.attributeName(), d.attributeType()) != null) {
                    throw new ValidationException("Cannot have two attributes with the same name: " + d.attributeName());
                }
            }
        }
        Instant now = clock.instant();
        int[] created = {-1};
        // ---- streams
        if (StreamControl.validate(r.streamSpecification())) {
            store.orderCommits();
        }
        long nowMillis = clock.millis();
        TableMeta next = store.updateTable(t, m -> StreamControl.update(changed(m, r, updates, defined, now, created),
            r.streamSpecification(), nowMillis));
        if (created[0] >= 0) {
            backfill.start(t, created[0]);
        }
        return UpdateTableResult.builder().tableDescription(describe(t, next, TableStatus.ACTIVE)).build();
    }

    /** The table after an UpdateTable, validated against its current metadata (under the catalog lock). */
    private static TableMeta changed(TableMeta m, UpdateTableRequest r, List<GlobalSecondaryIndexUpdate> updates,
                                     Map<String, ScalarAttributeType> defined, Instant now, int[] created) {
        BillingMode billing = r.billingMode() == null ? m.billingMode() : r.billingMode();
        CapacitySettings settings = CapacitySettings.of(m.options());
        if (billing == BillingMode.PAY_PER_REQUEST && m.billingMode() != BillingMode.PAY_PER_REQUEST) {
            List<Instant> recent = new ArrayList<>(DecreaseRules.recentSwitches(settings.switchesToOnDemand(), now));
            if (recent.size() >= DecreaseRules.MAX_SWITCHES) {
                throw new LimitExceededException("Subscriber limit exceeded: Update to PayPerRequest mode are limited to "
                    + DecreaseRules.MAX_SWITCHES + " times in 24 hours. Last update at " + recent.get(recent.size() - 1));
            }
            recent.add(now);
            settings = settings.withSwitches(recent);
        }
        if (r.onDemandThroughput() != null) {
            long[] max = onDemand(billing, r.onDemandThroughput(), null, new long[] {settings.maxRead(), settings.maxWrite()});
            settings = settings.withMax(max[0], max[1]);
        }
        long[] cap = {m.readCapacity(), m.writeCapacity()};
        Instant lastIncrease = m.lastIncrease();
        Instant lastDecrease = m.lastDecrease();
        long decToday = m.decreasesToday();
        if (r.billingMode() != null || r.provisionedThroughput() != null) {
            ProvisionedThroughput pt = r.provisionedThroughput();
            if (billing == BillingMode.PROVISIONED && pt == null && m.billingMode() == BillingMode.PROVISIONED) {
                pt = ProvisionedThroughput.builder().readCapacityUnits(m.readCapacity()).writeCapacityUnits(m.writeCapacity()).build();
            }
            cap = capacity(billing, pt);
            if (updates.isEmpty() && r.onDemandThroughput() == null && billing == m.billingMode()
                && cap[0] == m.readCapacity() && cap[1] == m.writeCapacity()) {
                throw new ValidationException("The provisioned throughput for the table will not change. The requested value equals the current value. Current ReadCapacityUnits provisioned for the table: "
                    + m.readCapacity() + ". Requested ReadCapacityUnits: " + cap[0] + ". Current WriteCapacityUnits provisioned for the table: "
                    + m.writeCapacity() + ". Requested WriteCapacityUnits: " + cap[1] + ". Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits.");
            }
            boolean increase = billing == BillingMode.PROVISIONED && (cap[0] > m.readCapacity() || cap[1] > m.writeCapacity());
            boolean decrease = billing == BillingMode.PROVISIONED && m.billingMode() == BillingMode.PROVISIONED
                && (cap[0] < m.readCapacity() || cap[1] < m.writeCapacity());
            if (decrease) {
                String refusal = DecreaseRules.refusal("table " + m.name(), m.lastDecrease(), m.decreasesToday(), now);
                if (refusal != null) {
                    throw new LimitExceededException(refusal);
                }
                boolean sameDay = m.lastDecrease() != null
                    && m.lastDecrease().atZone(ZoneOffset.UTC).toLocalDate().equals(now.atZone(ZoneOffset.UTC).toLocalDate());
                decToday = sameDay ? decToday + 1 : 1;
                lastDecrease = now;
            }
            if (increase) {
                lastIncrease = now;
            }
        }
        List<IndexMeta> indexes = new ArrayList<>(m.indexes());
        int nextId = m.nextIndexId();
        Set<String> throughputGiven = new HashSet<>();
        for (GlobalSecondaryIndexUpdate u : updates) {
            if (u.delete() != null) {
                String name = u.delete().indexName();
                IndexMeta im = m.index(name);
                if (im == null) {
                    throw new ResourceNotFoundException("Requested resource not found: Index: " + name + " not found");
                }
                if (im.local()) {
                    throw new ValidationException("One or more parameter values were invalid: Local secondary index " + name
                        + " cannot be deleted; local secondary indexes live as long as their table");
                }
                if (m.indexes().stream().anyMatch(i -> i.status() == IndexStatus.CREATING && i.id() != im.id())) {
                    throw new LimitExceededException(ONE_ONLINE_INDEX);
                }
                indexes.remove(im);
            } else if (u.create() != null) {
                CreateGlobalSecondaryIndexAction c = u.create();
                if (IndexBackfill.building(m)) {
                    throw new LimitExceededException(ONE_ONLINE_INDEX);
                }
                Map<String, ScalarAttributeType> types = m.keyTypes();
                for (Map.Entry<String, ScalarAttributeType> d : defined.entrySet()) {
                    ScalarAttributeType existing = types.get(d.getKey());
                    if (existing != null && existing != d.getValue()) {
                        throw new ValidationException("Cannot update attribute " + d.getKey()
                            + ". This attribute is part of a key schema and its type cannot be changed: Attributes cannot be redefined");
                    }
                    types.putIfAbsent(d.getKey(), d.getValue());
                }
                if (c.indexName() != null && m.index(c.indexName()) != null) {
                    throw new ValidationException("One or more parameter values were invalid: Duplicate index name: " + c.indexName());
                }
                IndexMeta im = IndexDefinitions.validate(new IndexDefinitions.Declared(c.indexName(), c.keySchema(), c.projection(),
                    c.provisionedThroughput(), false), m.hashName(), m.rangeName(), types, billing, nextId++, true);
                if (indexes.stream().filter(i -> !i.local()).count() >= IndexDefinitions.MAX_GLOBAL_INDEXES) {
                    throw new LimitExceededException("Subscriber limit exceeded: a table can have at most "
                        + IndexDefinitions.MAX_GLOBAL_INDEXES + " global secondary indexes");
                }
                indexes.add(im);
                throughputGiven.add(im.name());
                created[0] = im.id();
                if (c.onDemandThroughput() != null) {
                    long[] max = onDemand(billing, c.onDemandThroughput(), im.name(), null);
                    settings = settings.withIndexMax(im.id(), max[0], max[1]);
                }
            } else {
                String name = u.update().indexName();
                int at = -1;
                for (int i = 0; i < indexes.size(); i++) {
                    if (indexes.get(i).name().equals(name)) {
                        at = i;
                    }
                }
                if (at < 0) {
                    throw new ResourceNotFoundException("Requested resource not found: Index: " + name + " not found");
                }
                if (indexes.get(at).local()) {
                    throw new ValidationException("One or more parameter values were invalid: Local secondary index " + name
                        + " has no provisioned throughput of its own");
                }
                IndexMeta current = indexes.get(at);
                if (u.update().onDemandThroughput() != null) {
                    long[] max = onDemand(billing, u.update().onDemandThroughput(), name, settings.indexMax(current.id()));
                    settings = settings.withIndexMax(current.id(), max[0], max[1]);
                    if (u.update().provisionedThroughput() == null) {
                        continue;
                    }
                }
                if (billing == BillingMode.PAY_PER_REQUEST) {
                    throw new ValidationException("One or more parameter values were invalid: ProvisionedThroughput should not be specified for index: "
                        + name + " when BillingMode is PAY_PER_REQUEST");
                }
                long[] ic = IndexDefinitions.throughput(u.update().provisionedThroughput(), name);
                if (m.billingMode() == BillingMode.PROVISIONED && (ic[0] < current.readCapacity() || ic[1] < current.writeCapacity())) {
                    CapacitySettings.Decreases d = settings.indexDecreases().get(current.id());
                    Instant last = d == null ? null : d.last();
                    int count = d == null ? 0 : d.today();
                    String refusal = DecreaseRules.refusal("index " + name + " of table " + m.name(), last, count, now);
                    if (refusal != null) {
                        throw new LimitExceededException(refusal);
                    }
                    settings = settings.withIndexDecreases(current.id(),
                        new CapacitySettings.Decreases(now, DecreaseRules.today(last, count, now) + 1));
                }
                indexes.set(at, current.withCapacity(ic[0], ic[1]));
                throughputGiven.add(name);
            }
        }
        for (int i = 0; i < indexes.size(); i++) {
            IndexMeta im = indexes.get(i);
            if (im.local()) {
                continue;
            }
            if (billing == BillingMode.PAY_PER_REQUEST) {
                indexes.set(i, im.withCapacity(0, 0));
            } else if (m.billingMode() == BillingMode.PAY_PER_REQUEST && !throughputGiven.contains(im.name())) {
                throw new ValidationException("One or more parameter values were invalid: ProvisionedThroughput must be specified for index: "
                    + im.name());
            }
        }
        IndexDefinitions.checkTable(indexes);
        Set<Integer> ids = new HashSet<>();
        for (IndexMeta im : indexes) {
            ids.add(im.id());
        }
        settings = settings.retainIndexes(ids);
        return new TableMeta(m.id(), m.name(), m.uuid(), m.created(), m.hashName(), m.hashType(), m.rangeName(), m.rangeType(),
            billing, cap[0], cap[1], lastIncrease, lastDecrease, decToday,
            billing == BillingMode.PAY_PER_REQUEST && m.billingMode() != BillingMode.PAY_PER_REQUEST ? now : m.lastToPayPerRequest(),
            indexes, nextId, settings.into(m.options()));
    }

    DeleteTableResult deleteTable(DeleteTableRequest r) {
        TableState t = table(r.tableName());
        if (IndexBackfill.building(t.meta())) {
            throw new ResourceInUseException("Attempt to change a resource which is still in use: Table is being updated: " + r.tableName());
        }
        TableMeta m = t.meta();
        TableDescription d = describe(t, m, TableStatus.DELETING).toBuilder()
            .localSecondaryIndexes((List<LocalSecondaryIndexDescription>) null)
            .globalSecondaryIndexes((List<GlobalSecondaryIndexDescription>) null).build();
        store.deleteTable(t);
        return DeleteTableResult.builder().tableDescription(d).build();
    }

    private TableDescription describe(TableState t, TableStatus status) {
        return describe(t, t.meta(), status);
    }

    private TableDescription describe(TableState t, TableMeta m, TableStatus status) {
        List<KeySchemaElement> ks = keySchema(m.hashName(), m.rangeName());
        List<AttributeDefinition> defs = new ArrayList<>();
        m.keyTypes().forEach((name, type) -> defs.add(AttributeDefinition.builder().attributeName(name).attributeType(type).build()));
        String arn = ARN_PREFIX + m.name();
        List<LocalSecondaryIndexDescription> lsis = new ArrayList<>();
        List<GlobalSecondaryIndexDescription> gsis = new ArrayList<>();
        CapacitySettings settings = CapacitySettings.of(m.options());
        boolean onDemand = m.billingMode() == BillingMode.PAY_PER_REQUEST;
        for (IndexMeta im : m.indexes()) {
            IndexState state = t.index(im.name());
            long count = state == null ? 0 : state.itemCount();
            long size = state == null ? 0 : state.sizeBytes();
            Projection projection = Projection.builder().projectionType(im.projectionType())
                .nonKeyAttributes(im.nonKeyAttributes().isEmpty() ? null : im.nonKeyAttributes()).build();
            if (im.local()) {
                lsis.add(LocalSecondaryIndexDescription.builder().indexName(im.name()).keySchema(keySchema(im.hashName(), im.rangeName()))
                    .projection(projection).itemCount(count).indexSizeBytes(size).indexArn(arn + "/index/" + im.name()).build());
            } else {
                gsis.add(GlobalSecondaryIndexDescription.builder().indexName(im.name()).keySchema(keySchema(im.hashName(), im.rangeName()))
                    .projection(projection).indexStatus(im.status()).backfilling(im.addedLater() ? im.status() == IndexStatus.CREATING : null)
                    .provisionedThroughput(ProvisionedThroughputDescription.builder().readCapacityUnits(im.readCapacity())
                        .writeCapacityUnits(im.writeCapacity()).numberOfDecreasesToday(indexDecreasesToday(settings, im)).build())
                    .onDemandThroughput(onDemand ? onDemandThroughput(settings.indexMax(im.id())) : null)
                    .itemCount(count).indexSizeBytes(size).indexArn(arn + "/index/" + im.name()).build());
            }
        }
        return StreamControl.describe(m, TableDescription.builder())
            .tableName(m.name())
            .tableArn(arn)
            .tableId(m.uuid())
            .tableStatus(status)
            .creationDateTime(m.created())
            .keySchema(ks)
            .attributeDefinitions(defs)
            .provisionedThroughput(ProvisionedThroughputDescription.builder()
                .readCapacityUnits(m.readCapacity()).writeCapacityUnits(m.writeCapacity())
                .lastIncreaseDateTime(m.lastIncrease()).lastDecreaseDateTime(m.lastDecrease())
                .numberOfDecreasesToday(m.decreasesToday()).build())
            .billingModeSummary(BillingModeSummary.builder().billingMode(m.billingMode())
                .lastUpdateToPayPerRequestDateTime(m.lastToPayPerRequest()).build())
            .localSecondaryIndexes(lsis.isEmpty() ? null : lsis)
            .globalSecondaryIndexes(gsis.isEmpty() ? null : gsis)
            .itemCount(t.itemCount())
            .tableSizeBytes(t.sizeBytes())
            .onDemandThroughput(onDemand ? onDemandThroughput(new long[] {settings.maxRead(), settings.maxWrite()}) : null)
            .build();
    }

    private long indexDecreasesToday(CapacitySettings settings, IndexMeta im) {
        CapacitySettings.Decreases d = settings.indexDecreases().get(im.id());
        return d == null ? 0 : DecreaseRules.today(d.last(), d.today(), clock.instant());
    }

    /** The ceilings as DescribeTable reports them (-1 for none, as DynamoDB), or null when neither is set. */
    private static OnDemandThroughput onDemandThroughput(long[] max) {
        if (max[0] < 0 && max[1] < 0) {
            return null;
        }
        return OnDemandThroughput.builder().maxReadRequestUnits(max[0]).maxWriteRequestUnits(max[1]).build();
    }

    // ---- capacity: auto scaling policies

    PutScalingPolicyResult putScalingPolicy(PutScalingPolicyRequest r) {
        ScalingPolicy p = r.policy();
        if (p == null) {
            throw new ValidationException("1 validation error detected: Value null at 'policy' failed to satisfy constraint: Member must not be null");
        }
        TableState t = table(p.tableName());
        if (p.dimension() == null) {
            throw new ValidationException("1 validation error detected: Value null at 'dimension' failed to satisfy constraint: Member must not be null");
        }
        if (p.minCapacity() == null || p.maxCapacity() == null || p.targetUtilization() == null) {
            throw new ValidationException("A scaling policy needs MinCapacity, MaxCapacity and TargetUtilization");
        }
        if (p.minCapacity() < 1 || p.maxCapacity() < p.minCapacity()) {
            throw new ValidationException("MinCapacity must be at least 1 and MaxCapacity at least MinCapacity: MinCapacity: "
                + p.minCapacity() + ", MaxCapacity: " + p.maxCapacity());
        }
        if (!(p.targetUtilization() >= 20 && p.targetUtilization() <= 90)) {
            throw new ValidationException("TargetUtilization must be between 20 and 90 percent: " + p.targetUtilization());
        }
        store.updateTable(t, m -> {
            if (m.billingMode() != BillingMode.PROVISIONED) {
                throw new ValidationException("Auto scaling applies to provisioned capacity: table " + m.name() + " is PAY_PER_REQUEST");
            }
            int indexId = policyIndexId(m, p.indexName());
            CapacitySettings settings = CapacitySettings.of(m.options());
            List<CapacitySettings.Policy> policies = new ArrayList<>();
            for (CapacitySettings.Policy x : settings.policies()) {
                if (x.indexId() != indexId || x.dimension() != p.dimension()) {
                    policies.add(x);
                }
            }
            policies.add(new CapacitySettings.Policy(indexId, p.dimension(), p.minCapacity(), p.maxCapacity(), p.targetUtilization()));
            return m.withOptions(settings.withPolicies(policies).into(m.options()));
        });
        return PutScalingPolicyResult.builder().policy(p).build();
    }

    DeleteScalingPolicyResult deleteScalingPolicy(DeleteScalingPolicyRequest r) {
        TableState t = table(r.tableName());
        ScalingPolicy[] removed = new ScalingPolicy[1];
        store.updateTable(t, m -> {
            int indexId = policyIndexId(m, r.indexName());
            CapacitySettings settings = CapacitySettings.of(m.options());
            List<CapacitySettings.Policy> policies = new ArrayList<>();
            for (CapacitySettings.Policy x : settings.policies()) {
                if (x.indexId() == indexId && x.dimension() == r.dimension()) {
                    removed[0] = describe(m, x);
                } else {
                    policies.add(x);
                }
            }
            if (removed[0] == null) {
                throw new ResourceNotFoundException("No scaling policy for " + r.dimension() + " of "
                    + (r.indexName() == null ? "table " + m.name() : "index " + r.indexName() + " of table " + m.name()));
            }
            return m.withOptions(settings.withPolicies(policies).into(m.options()));
        });
        return DeleteScalingPolicyResult.builder().policy(removed[0]).build();
    }

    DescribeScalingPoliciesResult describeScalingPolicies(DescribeScalingPoliciesRequest r) {
        TableMeta m = table(r.tableName()).meta();
        List<ScalingPolicy> out = new ArrayList<>();
        List<CapacitySettings.Policy> sorted = new ArrayList<>(CapacitySettings.of(m.options()).policies());
        sorted.sort(java.util.Comparator.comparingInt(CapacitySettings.Policy::indexId).thenComparing(CapacitySettings.Policy::dimension));
        for (CapacitySettings.Policy x : sorted) {
            out.add(describe(m, x));
        }
        return DescribeScalingPoliciesResult.builder().policies(out).build();
    }

    private static int policyIndexId(TableMeta m, String indexName) {
        if (indexName == null) {
            return -1;
        }
        IndexMeta im = m.index(indexName);
        if (im == null || im.local()) {
            throw new ValidationException("The table does not have the specified global secondary index: " + indexName);
        }
        return im.id();
    }

    private static ScalingPolicy describe(TableMeta m, CapacitySettings.Policy x) {
        String index = null;
        for (IndexMeta im : m.indexes()) {
            if (im.id() == x.indexId()) {
                index = im.name();
            }
        }
        return ScalingPolicy.builder().tableName(m.name()).indexName(index).dimension(x.dimension())
            .minCapacity(x.min()).maxCapacity(x.max()).targetUtilization(x.target()).build();
    }
}
