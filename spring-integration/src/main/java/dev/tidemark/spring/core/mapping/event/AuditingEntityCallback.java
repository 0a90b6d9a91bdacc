package dev.tidemark.spring.core.mapping.event;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.core.Ordered;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.auditing.CurrentDateTimeProvider;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;

/**
 * Fills Spring Data's auditing properties before an entity is written: {@code @CreatedDate} and
 * {@code @CreatedBy} when they are still null, {@code @LastModifiedDate} and {@code @LastModifiedBy}
 * on every write. Dates may be {@code Instant}, {@code LocalDateTime}, {@code OffsetDateTime},
 * {@code ZonedDateTime} (UTC), {@code Date} or {@code Long}/{@code long} epoch milliseconds. Mutable
 * classes are changed in place; records are copied with the new values. Registered by
 * {@link dev.tidemark.spring.config.EnableTidemarkAuditing}.
 */
public class AuditingEntityCallback implements BeforeConvertCallback<Object>, Ordered {
    private final Supplier<Optional<? extends AuditorAware<?>>> auditorAware;
    private final Supplier<Optional<DateTimeProvider>> dateTimeProvider;
    private final Map<Class<?>, List<Slot>> slots = new ConcurrentHashMap<>();

    /** One audited property. */
    private record Slot(String name, Class<?> type, Class<? extends Annotation> kind, Field field, int component) {
    }

    /**
     * A callback with the auditor and clock to use.
     *
     * @param auditorAware supplies the current auditor (may supply empty: no {@code *By} values)
     * @param dateTimeProvider supplies the clock (empty: the system clock)
     */
    public AuditingEntityCallback(Supplier<Optional<? extends AuditorAware<?>>> auditorAware,
                                  Supplier<Optional<DateTimeProvider>> dateTimeProvider) {
        this.auditorAware = auditorAware;
        this.dateTimeProvider = dateTimeProvider;
    }

    @Override
    public int getOrder() {
        return 100;
    }

    @Override
    public Object onBeforeConvert(Object entity, String tableName) {
        List<Slot> audited = slots.computeIfAbsent(entity.getClass(), AuditingEntityCallback::slotsOf);
        if (audited.isEmpty()) {
            return entity;
        }
        TemporalAccessor now = dateTimeProvider.get().orElse(CurrentDateTimeProvider.INSTANCE).getNow()
            .orElseGet(Instant::now);
        Object auditor = auditorAware.get().flatMap(AuditorAware::getCurrentAuditor).orElse(null);
        try {
            if (entity.getClass().isRecord()) {
                RecordComponent[] rc = entity.getClass().getRecordComponents();
                Object[] values = new Object[rc.length];
                Class<?>[] types = new Class<?>[rc.length];
                for (int i = 0; i < rc.length; i++) {
                    rc[i].getAccessor().trySetAccessible();
                    values[i] = rc[i].getAccessor().invoke(entity);
                    types[i] = rc[i].getType();
                }
                for (Slot s : audited) {
                    values[s.component()] = value(s, values[s.component()], now, auditor);
                }
                Constructor<?> c = entity.getClass().getDeclaredConstructor(types);
                c.trySetAccessible();
                return c.newInstance(values);
            }
            for (Slot s : audited) {
                s.field().set(entity, value(s, s.field().get(entity), now, auditor));
            }
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot set auditing properties of " + entity.getClass().getName(), e);
        }
    }

    private static Object value(Slot s, Object current, TemporalAccessor now, Object auditor) {
        boolean created = s.kind() == CreatedDate.class || s.kind() == CreatedBy.class;
        if (created && current != null && !(current instanceof Number n && n.longValue() == 0)) {
            return current;
        }
        if (s.kind() == CreatedBy.class || s.kind() == LastModifiedBy.class) {
            return auditor == null ? current : auditor;
        }
        Instant instant = now instanceof Instant i ? i
            : now instanceof LocalDateTime l ? l.toInstant(ZoneOffset.UTC)
            : Instant.from(now);
        Class<?> t = s.type();
        if (t == Instant.class) {
            return instant;
        }
        if (t == LocalDateTime.class) {
            return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        if (t == OffsetDateTime.class) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (t == ZonedDateTime.class) {
            return instant.atZone(ZoneOffset.UTC);
        }
        if (t == Date.class) {
            return Date.from(instant);
        }
        if (t == Long.class || t == long.class) {
            return instant.toEpochMilli();
        }
        throw new IllegalStateException("Unsupported auditing date type " + t.getName() + " of " + s.name());
    }

    private static List<Slot> slotsOf(Class<?> type) {
        List<Slot> out = new ArrayList<>();
        List<Class<? extends Annotation>> kinds = List.of(CreatedDate.class, CreatedBy.class, LastModifiedDate.class,
            LastModifiedBy.class);
        if (type.isRecord()) {
            RecordComponent[] rc = type.getRecordComponents();
            for (int i = 0; i < rc.length; i++) {
                for (Class<? extends Annotation> k : kinds) {
                    if (rc[i].isAnnotationPresent(k) || rc[i].getAccessor().isAnnotationPresent(k)
                        || fieldAnnotated(type, rc[i].getName(), k)) {
                        out.add(new Slot(rc[i].getName(), rc[i].getType(), k, null, i));
                    }
                }
            }
            return out;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                for (Class<? extends Annotation> k : kinds) {
                    if (f.isAnnotationPresent(k)) {
                        f.trySetAccessible();
                        out.add(new Slot(f.getName(), f.getType(), k, f, -1));
                    }
                }
            }
        }
        return out;
    }

    private static boolean fieldAnnotated(Class<?> type, String name, Class<? extends Annotation> k) {
        try {
            return type.getDeclaredField(name).isAnnotationPresent(k);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }
}
