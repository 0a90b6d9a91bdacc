package dev.tidemark.server.cli;

import dev.tidemark.engine.Database;
import dev.tidemark.engine.ListTablesResult;
import dev.tidemark.engine.model.AttributeDefinition;
import dev.tidemark.engine.model.ContinuousBackupsDescription;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.PointInTimeRecoveryDescription;
import dev.tidemark.engine.model.PointInTimeRecoveryStatus;
import dev.tidemark.engine.model.KeyType;
import dev.tidemark.engine.model.Projection;
import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.StreamSpecification;
import dev.tidemark.engine.model.TableDescription;
import dev.tidemark.engine.model.TimeToLiveDescription;
import dev.tidemark.engine.model.TimeToLiveStatus;
import java.util.ArrayList;
import java.util.List;

/** Text for tables and their keys, shared by {@code tables} and {@code describe}. */
final class TableText {
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

    /** {@code on (attribute expiresAt)}, {@code enabling (attribute ...)}, or {@code off}. */
    static String ttl(Database db, String table) {
        TimeToLiveDescription d = db.describeTimeToLive(r -> r.tableName(table)).timeToLiveDescription();
        if (d == null || d.timeToLiveStatus() == null || d.timeToLiveStatus() == TimeToLiveStatus.DISABLED) {
            return "off";
        }
        String state = d.timeToLiveStatus() == TimeToLiveStatus.ENABLED ? "on" : d.timeToLiveStatus().name().toLowerCase(java.util.Locale.ROOT);
        return state + " (attribute " + d.attributeName() + ")";
    }

    /** {@code on (NEW_AND_OLD_IMAGES), <stream ARN>} or {@code off}. */
    static String stream(TableDescription t) {
        StreamSpecification s = t.streamSpecification();
        if (s == null || !Boolean.TRUE.equals(s.streamEnabled())) {
            return "off";
        }
        return "on (" + s.streamViewType() + ")" + (t.latestStreamArn() == null ? "" : ", " + t.latestStreamArn());
    }

    /** {@code on (35 days, restorable from ... to ...)} or {@code off}. */
    static String pitr(Database db, String table) {
        ContinuousBackupsDescription c = db.describeContinuousBackups(r -> r.tableName(table)).continuousBackupsDescription();
        PointInTimeRecoveryDescription p = c == null ? null : c.pointInTimeRecoveryDescription();
        if (p == null || p.pointInTimeRecoveryStatus() != PointInTimeRecoveryStatus.ENABLED) {
            return "off";
        }
        return "on (" + p.recoveryPeriodInDays() + " days, restorable from " + p.earliestRestorableDateTime() + " to "
                + p.latestRestorableDateTime() + ")";
    }

    /** The short feature list of {@code tables}: {@code ttl, stream, pitr} or {@code -}. */
    static String features(Database db, TableDescription t) {
        List<String> f = new ArrayList<>();
        if (!ttl(db, t.tableName()).equals("off")) {
            f.add("ttl");
        }
        if (!stream(t).equals("off")) {
            f.add("stream");
        }
        if (!pitr(db, t.tableName()).equals("off")) {
            f.add("pitr");
        }
        return f.isEmpty() ? "-" : String.join(", ", f);
    }

    static long orZero(Long v) {
        return v == null ? 0 : v;
    }
}
