package dev.tidemark.engine.internal;

import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.internal.store.IndexMeta;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.IndexStatus;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.KeyType;
import dev.tidemark.engine.model.Projection;
import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.ProvisionedThroughput;
import dev.tidemark.engine.model.ScalarAttributeType;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Validation of secondary index declarations (reference 2.3–2.6) into {@link IndexMeta}. */
final class IndexDefinitions {
    static final int MAX_LOCAL_INDEXES = 5;
    static final int MAX_GLOBAL_INDEXES = 20;
    static final int MAX_NON_KEY_ATTRIBUTES_PER_INDEX = 20;
    static final int MAX_NON_KEY_ATTRIBUTES_PER_TABLE = 100;

    private IndexDefinitions() {
    }

    /** One index as declared, before validation. */
    record Declared(String name, List<KeySchemaElement> keySchema, Projection projection,
                    ProvisionedThroughput throughput, boolean local) {
    }

    /**
     * Validates one declaration against the table's key schema and attribute types and makes its
     * metadata.
     *
     * @param d the declaration
     * @param tableHash the table's partition key attribute
     * @param tableRange the table's sort key attribute, or null
     * @param types attribute types known for key attributes (declared in this request or before)
     * @param billing the table's billing mode after the request
     * @param id the id the index gets
     * @param addedLater whether UpdateTable adds it (it starts CREATING)
     */
    static IndexMeta validate(Declared d, String tableHash, String tableRange, Map<String, ScalarAttributeType> types,
                              BillingMode billing, int id, boolean addedLater) {
        String kind = d.local() ? "localSecondaryIndexes" : "globalSecondaryIndexes";
        Catalog.validateName(d.name(), "indexName");
        List<KeySchemaElement> ks = d.keySchema();
        if (ks == null || ks.isEmpty()) {
            throw new ValidationException("1 validation error detected: Value null at '" + kind
                + ".member.keySchema' failed to satisfy constraint: Member must not be null");
        }
        long hashes = ks.stream().filter(e -> e != null && e.keyType() == KeyType.HASH).count();
        long ranges = ks.stream().filter(e -> e != null && e.keyType() == KeyType.RANGE).count();
        if (!d.local() && (hashes > 1 || ranges > 1)) {
            throw new ValidationException("Multi-attribute keys for global secondary indexes (more than one HASH or RANGE element) "
                + "are not supported by Tidemark: index " + d.name());
        }
        if (ks.size() > 2) {
            throw new ValidationException("1 validation error detected: Value at '" + kind
                + ".member.keySchema' failed to satisfy constraint: Member must have length less than or equal to 2");
        }
        KeySchemaElement hash = ks.get(0);
        if (hash == null || hash.keyType() != KeyType.HASH || hash.attributeName() == null) {
            throw new ValidationException("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        }
        KeySchemaElement range = ks.size() == 2 ? ks.get(1) : null;
        if (range != null && (range.keyType() != KeyType.RANGE || range.attributeName() == null)) {
            throw new ValidationException("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
        }
        if (range != null && range.attributeName().equals(hash.attributeName())) {
            throw new ValidationException("Both the Hash Key and the Range Key element in the KeySchema have the same name");
        }
        if (d.local()) {
            if (tableRange == null) {
                throw new ValidationException("One or more parameter values were invalid: Table KeySchema does not have a range key, "
                    + "which is required when specifying a LocalSecondaryIndex");
            }
            if (!hash.attributeName().equals(tableHash)) {
                throw new ValidationException("One or more parameter values were invalid: Index KeySchema does not have the same leading hash key "
                    + "as table KeySchema for index: " + d.name() + ". index hash key: " + hash.attributeName()
                    + ", table hash key: " + tableHash);
            }
            if (range == null) {
                throw new ValidationException("One or more parameter values were invalid: Index KeySchema for a LocalSecondaryIndex must have "
                    + "a RANGE key: " + d.name());
            }
        }
        ScalarAttributeType hashType = types.get(hash.attributeName());
        ScalarAttributeType rangeType = range == null ? null : types.get(range.attributeName());
        if (hashType == null || (range != null && rangeType == null)) {
            throw new ValidationException("One or more parameter values were invalid: Some index key attributes are not defined in "
                + "AttributeDefinitions. Keys: [" + hash.attributeName() + (range == null ? "" : ", " + range.attributeName())
                + "], AttributeDefinitions: " + types.keySet());
        }
        Projection p = d.projection();
        if (p == null) {
            throw new ValidationException("1 validation error detected: Value null at '" + kind
                + ".member.projection' failed to satisfy constraint: Member must not be null");
        }
        if (p.projectionType() == null) {
            throw new ValidationException("One or more parameter values were invalid: Unknown ProjectionType: null");
        }
        List<String> nonKey = p.nonKeyAttributes() == null ? List.of() : p.nonKeyAttributes();
        if (p.projectionType() == ProjectionType.INCLUDE) {
            if (nonKey.isEmpty()) {
                throw new ValidationException("One or more parameter values were invalid: NonKeyAttributes must be specified "
                    + "when ProjectionType is INCLUDE: index " + d.name());
            }
            if (nonKey.size() > MAX_NON_KEY_ATTRIBUTES_PER_INDEX) {
                throw new ValidationException("1 validation error detected: Value at '" + kind
                    + ".member.projection.nonKeyAttributes' failed to satisfy constraint: Member must have length less than or equal to 20");
            }
            Set<String> seen = new HashSet<>();
            for (String a : nonKey) {
                if (a == null || a.isEmpty()) {
                    throw new ValidationException("One or more parameter values were invalid: A NonKeyAttribute name must not be empty: index " + d.name());
                }
                if (!seen.add(a)) {
                    throw new ValidationException("One or more parameter values were invalid: Duplicate NonKeyAttribute " + a
                        + " in index " + d.name());
                }
            }
        } else if (!nonKey.isEmpty()) {
            throw new ValidationException("One or more parameter values were invalid: ProjectionType is " + p.projectionType()
                + ", but NonKeyAttributes is specified");
        }
        long rcu = 0;
        long wcu = 0;
        if (!d.local()) {
            ProvisionedThroughput pt = d.throughput();
            if (billing == BillingMode.PAY_PER_REQUEST) {
                if (pt != null && (pt.readCapacityUnits() != null || pt.writeCapacityUnits() != null)) {
                    throw new ValidationException("One or more parameter values were invalid: ProvisionedThroughput should not be specified "
                        + "for index: " + d.name() + " when BillingMode is PAY_PER_REQUEST");
                }
            } else {
                long[] cap = throughput(pt, d.name());
                rcu = cap[0];
                wcu = cap[1];
            }
        } else if (d.throughput() != null) {
            throw new ValidationException("One or more parameter values were invalid: A LocalSecondaryIndex shares the table's "
                + "ProvisionedThroughput and cannot have its own: " + d.name());
        }
        return new IndexMeta(id, d.name(), d.local(), hash.attributeName(), hashType,
            range == null ? null : range.attributeName(), rangeType, p.projectionType(),
            p.projectionType() == ProjectionType.INCLUDE ? nonKey : List.of(),
            addedLater ? IndexStatus.CREATING : IndexStatus.ACTIVE, addedLater, rcu, wcu);
    }

    /** Validates a GSI's provisioned throughput for a PROVISIONED table; returns {read, write}. */
    static long[] throughput(ProvisionedThroughput pt, String index) {
        if (pt == null || pt.readCapacityUnits() == null || pt.writeCapacityUnits() == null) {
            throw new ValidationException("One or more parameter values were invalid: ProvisionedThroughput must be specified for index: "
                + index);
        }
        if (pt.readCapacityUnits() < 1 || pt.writeCapacityUnits() < 1) {
            throw new ValidationException("One or more parameter values were invalid: ProvisionedThroughput ReadCapacityUnits and "
                + "WriteCapacityUnits must be at least 1 for index: " + index);
        }
        return new long[] {pt.readCapacityUnits(), pt.writeCapacityUnits()};
    }

    /** Checks the limits over all of a table's indexes: names unique, counts, projected attributes. */
    static void checkTable(List<IndexMeta> indexes) {
        Set<String> names = new HashSet<>();
        int projected = 0;
        int local = 0;
        int global = 0;
        for (IndexMeta i : indexes) {
            if (!names.add(i.name())) {
                throw new ValidationException("One or more parameter values were invalid: Duplicate index name: " + i.name());
            }
            projected += i.nonKeyAttributes().size();
            if (i.local()) {
                local++;
            } else {
                global++;
            }
        }
        if (local > MAX_LOCAL_INDEXES) {
            throw new ValidationException("One or more parameter values were invalid: Number of LocalSecondaryIndexes exceeds per-table limit of "
                + MAX_LOCAL_INDEXES);
        }
        if (global > MAX_GLOBAL_INDEXES) {
            throw new ValidationException("One or more parameter values were invalid: Number of GlobalSecondaryIndexes exceeds per-table limit of "
                + MAX_GLOBAL_INDEXES);
        }
        if (projected > MAX_NON_KEY_ATTRIBUTES_PER_TABLE) {
            throw new ValidationException("One or more parameter values were invalid: Number of NonKeyAttributes in all indexes exceeds the "
                + "per-table limit of " + MAX_NON_KEY_ATTRIBUTES_PER_TABLE + ": " + projected);
        }
    }
}
