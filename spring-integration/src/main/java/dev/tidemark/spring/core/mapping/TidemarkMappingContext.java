package dev.tidemark.spring.core.mapping;

import dev.tidemark.mapper.MappingException;
import dev.tidemark.mapper.annotation.Ignore;
import dev.tidemark.mapper.annotation.IndexPartitionKey;
import dev.tidemark.mapper.annotation.IndexSortKey;
import dev.tidemark.mapper.annotation.PartitionKey;
import dev.tidemark.mapper.annotation.SecondaryIndex;
import dev.tidemark.mapper.annotation.SortKey;
import dev.tidemark.mapper.annotation.Version;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds and caches {@link TidemarkPersistentEntity} descriptions of entity classes, following the
 * mapper's rules for what a property is (record components; otherwise non-static, non-transient
 * fields of the class and its superclasses not marked {@code @Ignore} or JPA {@code @Transient}).
 */
public class TidemarkMappingContext {
    private final Map<Class<?>, TidemarkPersistentEntity> entities = new ConcurrentHashMap<>();

    /**
     * The description of an entity class.
     *
     * @param type the entity class
     * @return its keys, indexes and properties
     * @throws MappingException when it has no partition key
     */
    public TidemarkPersistentEntity getPersistentEntity(Class<?> type) {
        return entities.computeIfAbsent(type, TidemarkMappingContext::introspect);
    }

    private static TidemarkPersistentEntity introspect(Class<?> type) {
        Map<String, TidemarkPersistentProperty> properties = new LinkedHashMap<>();
        Map<String, List<AnnotatedElement>> annotated = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                Method accessor = c.getAccessor();
                properties.put(c.getName(), new TidemarkPersistentProperty(c.getName(), c.getType(), accessor, null));
                List<AnnotatedElement> where = new ArrayList<>(List.of(c, accessor));
                try {
                    where.add(type.getDeclaredField(c.getName()));
                } catch (NoSuchFieldException ignored) {
                    // every record component has a field; nothing to add otherwise
                }
                annotated.put(c.getName(), where);
            }
        } else {
            List<Class<?>> chain = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                chain.add(c);
            }
            Collections.reverse(chain);
            for (Class<?> c : chain) {
                for (Field f : c.getDeclaredFields()) {
                    int mod = f.getModifiers();
                    if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || f.isSynthetic()
                        || f.isAnnotationPresent(Ignore.class) || hasAnnotationNamed(f, "jakarta.persistence.Transient")) {
                        continue;
                    }
                    Method getter = getter(type, f);
                    if (getter != null && (getter.isAnnotationPresent(Ignore.class)
                        || hasAnnotationNamed(getter, "jakarta.persistence.Transient"))) {
                        continue;
                    }
                    properties.put(f.getName(), new TidemarkPersistentProperty(f.getName(), f.getType(), getter, f));
                    List<AnnotatedElement> where = new ArrayList<>(List.of(f));
                    if (getter != null) {
                        where.add(getter);
                    }
                    annotated.put(f.getName(), where);
                }
            }
        }
        String pk = null;
        String sk = null;
        String version = null;
        String jpaId = null;
        Map<String, String[]> indexKeys = new LinkedHashMap<>();
        for (Map.Entry<String, List<AnnotatedElement>> e : annotated.entrySet()) {
            String name = e.getKey();
            for (AnnotatedElement el : e.getValue()) {
                if (el.isAnnotationPresent(PartitionKey.class)) {
                    pk = name;
                }
                if (hasAnnotationNamed(el, "jakarta.persistence.Id")) {
                    jpaId = name;
                }
                if (el.isAnnotationPresent(SortKey.class)) {
                    sk = name;
                }
                if (el.isAnnotationPresent(Version.class) || hasAnnotationNamed(el, "jakarta.persistence.Version")) {
                    version = name;
                }
                IndexPartitionKey ipk = el.getAnnotation(IndexPartitionKey.class);
                if (ipk != null) {
                    for (String index : ipk.value()) {
                        indexKeys.computeIfAbsent(index, k -> new String[2])[0] = name;
                    }
                }
                IndexSortKey isk = el.getAnnotation(IndexSortKey.class);
                if (isk != null) {
                    for (String index : isk.value()) {
                        indexKeys.computeIfAbsent(index, k -> new String[2])[1] = name;
                    }
                }
            }
        }
        if (pk == null) {
            pk = jpaId;
        }
        if (pk == null) {
            throw new MappingException(type.getName() + " has no @PartitionKey property");
        }
        Map<String, SecondaryIndex.Projection> projections = new LinkedHashMap<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (SecondaryIndex si : c.getAnnotationsByType(SecondaryIndex.class)) {
                projections.putIfAbsent(si.name(), si.projection());
            }
        }
        Map<String, TidemarkPersistentEntity.AccessPath> indexes = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : indexKeys.entrySet()) {
            String[] keys = e.getValue();
            boolean local = keys[0] == null;
            boolean all = projections.getOrDefault(e.getKey(), SecondaryIndex.Projection.ALL) == SecondaryIndex.Projection.ALL;
            indexes.put(e.getKey(), new TidemarkPersistentEntity.AccessPath(e.getKey(), local ? pk : keys[0], keys[1], all));
        }
        return new TidemarkPersistentEntity(type, Collections.unmodifiableMap(properties),
            new TidemarkPersistentEntity.AccessPath(null, pk, sk, true), Collections.unmodifiableMap(indexes), version);
    }

    private static Method getter(Class<?> type, Field f) {
        String cap = Character.toUpperCase(f.getName().charAt(0)) + f.getName().substring(1);
        for (String n : new String[] {"get" + cap, "is" + cap, f.getName()}) {
            try {
                Method m = type.getMethod(n);
                if (m.getReturnType() != void.class && !Modifier.isStatic(m.getModifiers())) {
                    return m;
                }
            } catch (NoSuchMethodException ignored) {
                // try the next naming convention
            }
        }
        return null;
    }

    private static boolean hasAnnotationNamed(AnnotatedElement element, String name) {
        for (Annotation a : element.getAnnotations()) {
            if (a.annotationType().getName().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
