package dev.tidemark.engine.internal;

import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.internal.store.IndexState;
import dev.tidemark.engine.internal.store.TableMeta;
import dev.tidemark.engine.internal.store.TableState;
import dev.tidemark.engine.internal.value.ItemValidator;
import dev.tidemark.engine.internal.value.Values;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.ScalarAttributeType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Validation of primary keys and of the key attributes of items (semantics reference 1.4, 1.8).
 */
final class Keys {
    static final int MAX_HASH_KEY_BYTES = 2048;
    static final int MAX_RANGE_KEY_BYTES = 1024;

    private Keys() {
    }

    /**
     * A validated primary key.
     *
     * @param attributes the key attributes, normalised
     * @param encoded the directory key
     */
    record Key(Map<String, AttributeValue> attributes, byte[] encoded) {
    }

    /** Validates a Key parameter: exactly the key attributes, with the schema's types. */
    static Key key(TableState table, Map<String, AttributeValue> key) {
        return key(table, key, "The provided key element does not match the schema");
    }

    /** Validates an ExclusiveStartKey. */
    static Key startKey(TableState table, Map<String, AttributeValue> key) {
        return key(table, key, "The provided starting key is invalid: The provided key element does not match the schema");
    }

    private static Key key(TableState table, Map<String, AttributeValue> key, String mismatch) {
        TableMeta m = table.meta();
        if (key == null) {
            throw new ValidationException(mismatch);
        }
        int expected = m.rangeName() == null ? 1 : 2;
        if (key.size() != expected) {
            throw new ValidationException(mismatch);
        }
        AttributeValue hash = key.get(m.hashName());
        AttributeValue range = m.rangeName() == null ? null : key.get(m.rangeName());
        if (hash == null || (m.rangeName() != null && range == null)) {
            throw new ValidationException(mismatch);
        }
        if (!typeMatches(hash, m.hashType()) || (range != null && !typeMatches(range, m.rangeType()))) {
            throw new ValidationException(mismatch);
        }
        hash = checkKeyValue(m.hashName(), ItemValidator.normalizeValue(hash), true);
        Map<String, AttributeValue> attrs = new LinkedHashMap<>(4);
        attrs.put(m.hashName(), hash);
        if (range != null) {
            range = checkKeyValue(m.rangeName(), ItemValidator.normalizeValue(range), false);
            attrs.put(m.rangeName(), range);
        }
        return new Key(attrs, table.codec().encode(hash, range));
    }

    /**
     * Checks the key attributes of a whole item (PutItem, BatchWriteItem put) and encodes its key.
     * The item must already be normalised.
     */
    static byte[] itemKey(TableState table, Map<String, AttributeValue> item) {
        TableMeta m = table.meta();
        AttributeValue hash = itemKeyValue(item, m.hashName(), m.hashType(), true);
        AttributeValue range = m.rangeName() == null ? null : itemKeyValue(item, m.rangeName(), m.rangeType(), false);
        return table.codec().encode(hash, range);
    }

    /** The key attributes of an item. */
    static Map<String, AttributeValue> keyOf(TableMeta m, Map<String, AttributeValue> item) {
        Map<String, AttributeValue> k = new LinkedHashMap<>(4);
        k.put(m.hashName(), item.get(m.hashName()));
        if (m.rangeName() != null) {
            k.put(m.rangeName(), item.get(m.rangeName()));
        }
        return k;
    }

    private static AttributeValue itemKeyValue(Map<String, AttributeValue> item, String name,
                                               ScalarAttributeType type, boolean hash) {
        AttributeValue v = item.get(name);
        if (v == null) {
            throw new ValidationException("One or more parameter values were invalid: Missing the key " + name + " in the item");
        }
        if (!typeMatches(v, type)) {
            throw new ValidationException("One or more parameter values were invalid: Type mismatch for key "
                + name + " expected: " + type + " actual: " + v.type());
        }
        return checkKeyValue(name, v, hash);
    }

    private static AttributeValue checkKeyValue(String name, AttributeValue v, boolean hash) {
        int len = switch (v.type()) {
            case S -> Values.utf8Length(v.s());
            case B -> v.bytesUnsafe().length;
            default -> -1;
        };
        if (len == 0) {
            throw new ValidationException("One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty "
                + (v.type() == AttributeValue.Type.S ? "string" : "binary") + " value. Key: " + name);
        }
        if (hash && len > MAX_HASH_KEY_BYTES) {
            throw new ValidationException("One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of2048 bytes");
        }
        if (!hash && len > MAX_RANGE_KEY_BYTES) {
            throw new ValidationException("One or more parameter values were invalid: Aggregated size of all range keys has exceeded the size limit of 1024 bytes");
        }
        return v;
    }

    /**
     * Rejects an item whose values for an index's key attributes break the key rules (wrong type,
     * empty, too long): the whole write fails (reference 2.4).
     */
    static void checkIndexKeys(TableState table, Map<String, AttributeValue> item) {
        for (IndexState ix : table.indexes()) {
            String problem = IndexState.problem(ix.meta(), item);
            if (problem != null) {
                throw new ValidationException(problem);
            }
        }
    }

    static boolean typeMatches(AttributeValue v, ScalarAttributeType t) {
        return switch (t) {
            case S -> v.type() == AttributeValue.Type.S;
            case N -> v.type() == AttributeValue.Type.N;
            case B -> v.type() == AttributeValue.Type.B;
        };
    }
}
