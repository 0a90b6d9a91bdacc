package dev.tidemark.server.cli;

import dev.tidemark.engine.Database;
import dev.tidemark.engine.ListTablesResult;
import dev.tidemark.engine.model.AttributeDefinition;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.KeyType;
import dev.tidemark.engine.model.Projection;
import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.TableDescription;
import java.util.ArrayList;
import java.util.List;

/** Text for tables and their keys, shared by {@code tables} and {@code describe}. */
final class TableText {
    /** What the features the engine does not have yet show as. */
    static final String NOT_SUPPORTED = "off (not supported yet)";

    private TableText() {
    }

    /** Every table name, across ListTables pages. */
    static List<String> names(Database db) {
        List<String> names = new ArrayList<>();
        String start = null;
        do {
            String from = start;
            ListTablesResult r = db.listTables(l -> l.exclusiveStartTableName(from));
            names.addAll(r.tableNames());
            start = r.lastEvaluatedTableName();
        } while (start != null);
        return names;
    }

    /** {@code customer (S), seq (N)}: a key schema with the attribute types. */
    static String keys(List<KeySchemaElement> keys, List<AttributeDefinition> defs) {
        StringBuilder sb = new StringBuilder();
        for (KeySchemaElement k : keys) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(k.attributeName()).append(" (").append(type(k.attributeName(), defs)).append(')');
        }
        return sb.toString();
    }

    /** The partition key element. */
    static KeySchemaElement element(List<KeySchemaElement> keys, KeyType type) {
        for (KeySchemaElement k : keys) {
            if (k.keyType() == type) {
                return k;
            }
        }
        return null;
    }

    static String type(String attribute, List<AttributeDefinition> defs) {
        for (AttributeDefinition d : defs) {
            if (d.attributeName().equals(attribute)) {
                return d.attributeType().name();
            }
        }
        return "?";
    }

    /** {@code ALL}, {@code KEYS_ONLY} or {@code INCLUDE (a, b)}. */
    static String projection(Projection p) {
        if (p == null || p.projectionType() == null) {
            return ProjectionType.ALL.name();
        }
        if (p.projectionType() == ProjectionType.INCLUDE && p.nonKeyAttributes() != null) {
            return "INCLUDE (" + String.join(", ", p.nonKeyAttributes()) + ")";
        }
        return p.projectionType().name();
    }

    /** {@code 2 global, 1 local} or {@code none}. */
    static String indexSummary(TableDescription t) {
        int g = t.globalSecondaryIndexes() == null ? 0 : t.globalSecondaryIndexes().size();
        int l = t.localSecondaryIndexes() == null ? 0 : t.localSecondaryIndexes().size();
        if (g == 0 && l == 0) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        if (g > 0) {
            parts.add(g + " global");
        }
        if (l > 0) {
            parts.add(l + " local");
        }
        return String.join(", ", parts);
    }

    static long orZero(Long v) {
        return v == null ? 0 : v;
    }
}
