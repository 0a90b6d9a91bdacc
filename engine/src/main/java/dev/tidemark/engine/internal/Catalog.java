package dev.tidemark.engine.internal;

import dev.tidemark.engine.CreateTableRequest;
import dev.tidemark.engine.CreateTableResult;
import dev.tidemark.engine.DeleteTableRequest;
import dev.tidemark.engine.DeleteTableResult;
import dev.tidemark.engine.DescribeTableRequest;
import dev.tidemark.engine.DescribeTableResult;
import dev.tidemark.engine.ListTablesRequest;
import dev.tidemark.engine.ListTablesResult;
import dev.tidemark.engine.ResourceInUseException;
import dev.tidemark.engine.ResourceNotFoundException;
import dev.tidemark.engine.UpdateTableRequest;
import dev.tidemark.engine.UpdateTableResult;
import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.internal.store.Store;
import dev.tidemark.engine.internal.store.TableMeta;
import dev.tidemark.engine.internal.store.TableState;
import dev.tidemark.engine.model.AttributeDefinition;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.BillingModeSummary;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.KeyType;
import dev.tidemark.engine.model.ProvisionedThroughput;
import dev.tidemark.engine.model.ProvisionedThroughputDescription;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.TableDescription;
import dev.tidemark.engine.model.TableStatus;
import dev.tidemark.engine.internal.value.Values;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** The control plane: CreateTable, DescribeTable, ListTables, UpdateTable, DeleteTable (reference 2.1, 2.2, 2.7). */
final class Catalog {
    private static final Pattern TABLE_NAME = Pattern.compile("[a-zA-Z0-9_.-]+");
    private static final String ARN_PREFIX = "arn:aws:dynamodb:tidemark:000000000000:table/";

    private final Store store;

    Catalog(Store store) {
        this.store = store;
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
        if (name == null) {
            throw new ValidationException("1 validation error detected: Value null at '" + member
                + "' failed to satisfy constraint: Member must not be null");
        }
        if (name.length() < 3 || name.length() > 255) {
            throw new ValidationException("1 validation error detected: Value '" + name + "' at '" + member
                + "' failed to satisfy constraint: Member must have length between 3 and 255");
        }
        if (!TABLE_NAME.matcher(name).matches()) {
            throw new ValidationException("1 validation error detected: Value '" + name + "' at '" + member
                + "' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
        }
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
        Set<String> used = new HashSet<>();
        used.add(hash.attributeName());
        if (range != null) {
            used.add(range.attributeName());
        }
        if (!types.keySet().containsAll(used)) {
            throw new ValidationException("One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. Keys: "
                + keyNames(hash, range) + ", AttributeDefinitions: " + types.keySet());
        }
        if (!used.containsAll(types.keySet())) {
            throw new ValidationException("One or more parameter values were invalid: Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions");
        }
        BillingMode billing = r.billingMode() == null ? BillingMode.PROVISIONED : r.billingMode();
        long[] capacity = capacity(billing, r.provisionedThroughput());
        Instant now = Instant.now();
        TableState t = store.createTable(r.tableName(), id -> new TableMeta(id, r.tableName(), UUID.randomUUID().toString(), now,
            hash.attributeName(), types.get(hash.attributeName()),
            range == null ? null : range.attributeName(), range == null ? null : types.get(range.attributeName()),
            billing, capacity[0], capacity[1], null, null, 0,
            billing == BillingMode.PAY_PER_REQUEST ? now : null));
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
        if (r.billingMode() == null && r.provisionedThroughput() == null) {
            throw new ValidationException("At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required");
        }
        TableMeta cur = t.meta();
        BillingMode billing = r.billingMode() == null ? cur.billingMode() : r.billingMode();
        ProvisionedThroughput pt = r.provisionedThroughput();
        if (billing == BillingMode.PROVISIONED && pt == null && cur.billingMode() == BillingMode.PROVISIONED) {
            pt = ProvisionedThroughput.builder().readCapacityUnits(cur.readCapacity()).writeCapacityUnits(cur.writeCapacity()).build();
        }
        long[] cap = capacity(billing, pt);
        if (billing == cur.billingMode() && cap[0] == cur.readCapacity() && cap[1] == cur.writeCapacity()) {
            throw new ValidationException("The provisioned throughput for the table will not change. The requested value equals the current value. Current ReadCapacityUnits provisioned for the table: "
                + cur.readCapacity() + ". Requested ReadCapacityUnits: " + cap[0] + ". Current WriteCapacityUnits provisioned for the table: "
                + cur.writeCapacity() + ". Requested WriteCapacityUnits: " + cap[1] + ". Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits.");
        }
        Instant now = Instant.now();
        TableMeta next = store.updateTable(t, m -> {
            boolean increase = billing == BillingMode.PROVISIONED && (cap[0] > m.readCapacity() || cap[1] > m.writeCapacity());
            boolean decrease = billing == BillingMode.PROVISIONED && m.billingMode() == BillingMode.PROVISIONED
                && (cap[0] < m.readCapacity() || cap[1] < m.writeCapacity());
            long decToday = m.decreasesToday();
            if (decrease) {
                boolean sameDay = m.lastDecrease() != null
                    && m.lastDecrease().atZone(ZoneOffset.UTC).toLocalDate().equals(now.atZone(ZoneOffset.UTC).toLocalDate());
                decToday = sameDay ? decToday + 1 : 1;
            }
            return new TableMeta(m.id(), m.name(), m.uuid(), m.created(), m.hashName(), m.hashType(), m.rangeName(), m.rangeType(),
                billing, cap[0], cap[1], increase ? now : m.lastIncrease(), decrease ? now : m.lastDecrease(), decToday,
                billing == BillingMode.PAY_PER_REQUEST && m.billingMode() != BillingMode.PAY_PER_REQUEST ? now : m.lastToPayPerRequest());
        });
        return UpdateTableResult.builder().tableDescription(describe(t, next, TableStatus.ACTIVE)).build();
    }

    DeleteTableResult deleteTable(DeleteTableRequest r) {
        TableState t = table(r.tableName());
        TableDescription d = describe(t, TableStatus.DELETING);
        store.deleteTable(t);
        return DeleteTableResult.builder().tableDescription(d).build();
    }

    private TableDescription describe(TableState t, TableStatus status) {
        return describe(t, t.meta(), status);
    }

    private TableDescription describe(TableState t, TableMeta m, TableStatus status) {
        List<KeySchemaElement> ks = new ArrayList<>();
        List<AttributeDefinition> defs = new ArrayList<>();
        ks.add(KeySchemaElement.builder().attributeName(m.hashName()).keyType(KeyType.HASH).build());
        defs.add(AttributeDefinition.builder().attributeName(m.hashName()).attributeType(m.hashType()).build());
        if (m.rangeName() != null) {
            ks.add(KeySchemaElement.builder().attributeName(m.rangeName()).keyType(KeyType.RANGE).build());
            defs.add(AttributeDefinition.builder().attributeName(m.rangeName()).attributeType(m.rangeType()).build());
        }
        return TableDescription.builder()
            .tableName(m.name())
            .tableArn(ARN_PREFIX + m.name())
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
            .itemCount(t.itemCount())
            .tableSizeBytes(t.sizeBytes())
            .build();
    }
}
