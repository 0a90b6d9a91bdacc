package dev.tidemark.mapper.internal;

import dev.tidemark.engine.CreateTableRequest;
import dev.tidemark.engine.model.AttributeDefinition;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.GlobalSecondaryIndex;
import dev.tidemark.engine.model.GlobalSecondaryIndexDescription;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.KeyType;
import dev.tidemark.engine.model.LocalSecondaryIndex;
import dev.tidemark.engine.model.LocalSecondaryIndexDescription;
import dev.tidemark.engine.model.Projection;
import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.TableDescription;
import dev.tidemark.mapper.MappingException;
import dev.tidemark.mapper.TableOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Creates tables from entity classes and checks existing tables against them. */
final class TableManager {
    private final EntityManagerImpl em;

    TableManager(EntityManagerImpl em) {
        this.em = em;
    }

    /** The shape shared by all given types (which must agree). */
    TableShape shape(Class<?>... types) {
        if (types.length == 0) {
            throw new IllegalArgumentException("no entity types given");
        }
        TableShape first = em.schemas.entity(types[0]).shape;
        Map<String, TableShape.IndexShape> indexes = new LinkedHashMap<>(first.indexes());
        String ttl = first.ttlAttribute();
        for (int i = 1; i < types.length; i++) {
            TableShape s = em.schemas.entity(types[i]).shape;
            if (!s.table().equals(first.table())) {
                throw new MappingException(types[i].getName() + " is stored in table " + s.table() + ", not "
                    + first.table() + " like " + types[0].getName());
            }
            if (!s.pk().sameAs(first.pk()) || (s.sk() == null) != (first.sk() == null)
                || (s.sk() != null && !s.sk().sameAs(first.sk()))) {
                throw new MappingException(types[i].getName() + " has other keys than " + types[0].getName()
                    + " in table " + first.table());
            }
            for (TableShape.IndexShape idx : s.indexes().values()) {
                TableShape.IndexShape prev = indexes.putIfAbsent(idx.name(), idx);
                if (prev != null && !sameIndex(prev, idx)) {
                    throw new MappingException("Index " + idx.name() + " of table " + first.table()
                        + " is declared differently by " + types[i].getName());
                }
            }
            if (ttl == null) {
                ttl = s.ttlAttribute();
            }
        }
        return new TableShape(first.table(), first.pk(), first.sk(), indexes, ttl);
    }

    private static boolean sameIndex(TableShape.IndexShape a, TableShape.IndexShape b) {
        return a.local() == b.local() && a.pk().sameAs(b.pk()) && (a.sk() == null) == (b.sk() == null)
            && (a.sk() == null || a.sk().sameAs(b.sk())) && a.projection() == b.projection()
            && new HashSet<>(a.include()).equals(new HashSet<>(b.include()));
    }

    void create(TableOptions options, Class<?>... types) {
        TableShape s = shape(types);
        if (options.enableTimeToLive()) {
            if (s.ttlAttribute() == null) {
                throw new MappingException("Cannot enable time to live on table " + s.table()
                    + ": no entity type has a @TimeToLive property");
            }
        }
        dev.tidemark.engine.model.StreamViewType view = null;
        if (options.streamViewType() != null) {
            try {
                view = dev.tidemark.engine.model.StreamViewType.valueOf(options.streamViewType());
            } catch (IllegalArgumentException e) {
                throw new MappingException("Unknown stream view type " + options.streamViewType() + " for table " + s.table()
                    + ": one of " + java.util.Arrays.toString(dev.tidemark.engine.model.StreamViewType.values()));
            }
        }
        Map<String, ScalarAttributeType> defs = new LinkedHashMap<>();
        define(defs, s.pk(), s.table());
        if (s.sk() != null) {
            define(defs, s.sk(), s.table());
        }
        List<LocalSecondaryIndex> lsis = new ArrayList<>();
        List<GlobalSecondaryIndex> gsis = new ArrayList<>();
        for (TableShape.IndexShape idx : s.indexes().values()) {
            define(defs, idx.pk(), s.table());
            if (idx.sk() != null) {
                define(defs, idx.sk(), s.table());
            }
            List<KeySchemaElement> ks = keySchema(idx.pk(), idx.sk());
            Projection.Builder pb = Projection.builder().projectionType(idx.projection());
            if (idx.projection() == ProjectionType.INCLUDE) {
                pb.nonKeyAttributes(idx.include());
            }
            if (idx.local()) {
                lsis.add(LocalSecondaryIndex.builder().indexName(idx.name()).keySchema(ks).projection(pb.build()).build());
            } else {
                gsis.add(GlobalSecondaryIndex.builder().indexName(idx.name()).keySchema(ks).projection(pb.build()).build());
            }
        }
        List<AttributeDefinition> ads = new ArrayList<>();
        defs.forEach((n, t) -> ads.add(AttributeDefinition.builder().attributeName(n).attributeType(t).build()));
        CreateTableRequest.Builder b = CreateTableRequest.builder().tableName(s.table()).keySchema(keySchema(s.pk(), s.sk()))
            .attributeDefinitions(ads).billingMode(BillingMode.PAY_PER_REQUEST);
        if (!lsis.isEmpty()) {
            b.localSecondaryIndexes(lsis);
        }
        if (!gsis.isEmpty()) {
            b.globalSecondaryIndexes(gsis);
        }
        if (view != null) {
            b.streamSpecification(dev.tidemark.engine.model.StreamSpecification.builder().streamEnabled(true)
                .streamViewType(view).build());
        }
        em.db.createTable(b.build());
        if (options.enableTimeToLive()) {
            String table = s.table();
            String attribute = s.ttlAttribute();
            em.db.updateTimeToLive(u -> u.tableName(table).timeToLiveSpecification(
                dev.tidemark.engine.model.TimeToLiveSpecification.builder().enabled(true).attributeName(attribute).build()));
        }
    }

    private static void define(Map<String, ScalarAttributeType> defs, TableShape.KeyAttr k, String table) {
        ScalarAttributeType t = scalar(k.type());
        ScalarAttributeType prev = defs.putIfAbsent(k.name(), t);
        if (prev != null && prev != t) {
            throw new MappingException("Attribute " + k.name() + " of table " + table + " is a key of type " + prev
                + " and of type " + t);
        }
    }

    private static ScalarAttributeType scalar(AttributeValue.Type t) {
        return ScalarAttributeType.valueOf(t.name());
    }

    private static List<KeySchemaElement> keySchema(TableShape.KeyAttr pk, TableShape.KeyAttr sk) {
        List<KeySchemaElement> ks = new ArrayList<>();
        ks.add(KeySchemaElement.builder().attributeName(pk.name()).keyType(KeyType.HASH).build());
        if (sk != null) {
            ks.add(KeySchemaElement.builder().attributeName(sk.name()).keyType(KeyType.RANGE).build());
        }
        return ks;
    }

    void validate(Class<?>... types) {
        TableShape s = shape(types);
        TableDescription d = em.db.describeTable(b -> b.tableName(s.table())).table();
        List<String> problems = new ArrayList<>();
        Map<String, ScalarAttributeType> types0 = new LinkedHashMap<>();
        for (AttributeDefinition ad : d.attributeDefinitions()) {
            types0.put(ad.attributeName(), ad.attributeType());
        }
        compareKeys("table", keySchema(s.pk(), s.sk()), d.keySchema(), problems);
        checkTypes(s.pk(), types0, problems);
        if (s.sk() != null) {
            checkTypes(s.sk(), types0, problems);
        }
        Map<String, Object[]> actual = new LinkedHashMap<>();
        if (d.localSecondaryIndexes() != null) {
            for (LocalSecondaryIndexDescription l : d.localSecondaryIndexes()) {
                actual.put(l.indexName(), new Object[] {true, l.keySchema(), l.projection()});
            }
        }
        if (d.globalSecondaryIndexes() != null) {
            for (GlobalSecondaryIndexDescription g : d.globalSecondaryIndexes()) {
                actual.put(g.indexName(), new Object[] {false, g.keySchema(), g.projection()});
            }
        }
        for (TableShape.IndexShape idx : s.indexes().values()) {
            Object[] a = actual.remove(idx.name());
            String label = (idx.local() ? "local" : "global") + " index " + idx.name();
            if (a == null) {
                problems.add(label + " is missing");
                continue;
            }
            if ((Boolean) a[0] != idx.local()) {
                problems.add(label + " exists as a " + ((Boolean) a[0] ? "local" : "global") + " index");
            }
            @SuppressWarnings("unchecked")
            List<KeySchemaElement> ks = (List<KeySchemaElement>) a[1];
            compareKeys(label, keySchema(idx.pk(), idx.sk()), ks, problems);
            checkTypes(idx.pk(), types0, problems);
            if (idx.sk() != null) {
                checkTypes(idx.sk(), types0, problems);
            }
            Projection p = (Projection) a[2];
            if (p == null || p.projectionType() != idx.projection()) {
                problems.add(label + " projects " + (p == null ? null : p.projectionType()) + ", expected " + idx.projection());
            } else if (idx.projection() == ProjectionType.INCLUDE
                && !new HashSet<>(idx.include()).equals(new HashSet<>(p.nonKeyAttributes() == null ? List.of() : p.nonKeyAttributes()))) {
                problems.add(label + " includes " + p.nonKeyAttributes() + ", expected " + idx.include());
            }
        }
        for (String extra : actual.keySet()) {
            problems.add("index " + extra + " exists but no entity type declares it");
        }
        if (!problems.isEmpty()) {
            throw new MappingException("Table " + s.table() + " does not match " + List.of(types).stream()
                .map(Class::getSimpleName).toList() + ": " + String.join("; ", problems));
        }
    }

    private static void compareKeys(String label, List<KeySchemaElement> expected, List<KeySchemaElement> actual,
                                    List<String> problems) {
        if (!Objects.equals(render(expected), render(actual))) {
            problems.add(label + " key schema is " + render(actual) + ", expected " + render(expected));
        }
    }

    private static List<String> render(List<KeySchemaElement> ks) {
        List<String> out = new ArrayList<>();
        for (KeySchemaElement k : ks) {
            out.add(k.attributeName() + " " + k.keyType());
        }
        return out;
    }

    private static void checkTypes(TableShape.KeyAttr k, Map<String, ScalarAttributeType> actual, List<String> problems) {
        ScalarAttributeType t = actual.get(k.name());
        if (t != null && t != scalar(k.type())) {
            problems.add("attribute " + k.name() + " is of type " + t + ", expected " + scalar(k.type()));
        }
    }

}
