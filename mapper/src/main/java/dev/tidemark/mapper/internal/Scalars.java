package dev.tidemark.mapper.internal;

import dev.tidemark.engine.model.AttributeValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** The standard converters of scalar types, by Java class. */
final class Scalars {
    /** Fixed-width UTC form, so that string order is time order. */
    static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
        .withZone(ZoneOffset.UTC);

    private static final Map<Class<?>, Conv> BY_CLASS = new HashMap<>();

    private Scalars() {
    }

    static Conv forClass(Class<?> c) {
        return BY_CLASS.get(c);
    }

    private static void put(Conv conv, Class<?>... classes) {
        for (Class<?> c : classes) {
            BY_CLASS.put(c, conv);
        }
    }

    static AttributeValue.Type typeOf(Class<?> c) {
        Conv conv = BY_CLASS.get(c);
        return conv == null ? null : conv.type();
    }

    /** A converter of a fixed attribute type from two functions. */
    static Conv simple(AttributeValue.Type type, Function<Object, AttributeValue> w, Function<AttributeValue, Object> r,
                       Object absent) {
        return new Conv() {
            @Override
            public AttributeValue write(Object value) {
                return w.apply(value);
            }

            @Override
            public Object read(AttributeValue value) {
                return r.apply(value);
            }

            @Override
            public AttributeValue.Type type() {
                return type;
            }

            @Override
            public Object absent() {
                return absent;
            }
        };
    }

    private static Conv str(Function<String, Object> parse) {
        return simple(AttributeValue.Type.S, v -> AttributeValue.fromS(v.toString()), a -> parse.apply(a.s()), null);
    }

    static long parseLong(AttributeValue a) {
        String n = a.n();
        try {
            return Long.parseLong(n);
        } catch (NumberFormatException e) {
            return new BigDecimal(n).longValueExact();
        }
    }

    private static String doubleText(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("numbers must be finite, not " + d);
        }
        return Double.toString(d);
    }

    static {
        AttributeValue.Type n = AttributeValue.Type.N;
        put(str(s -> s), String.class);
        put(simple(AttributeValue.Type.S, v -> AttributeValue.fromS(v.toString()), a -> {
            String s = a.s();
            if (s.length() != 1) {
                throw new IllegalArgumentException("a char needs a string of length 1, not \"" + s + "\"");
            }
            return s.charAt(0);
        }, null), Character.class);
        put(simple(AttributeValue.Type.S, v -> AttributeValue.fromS(v.toString()), a -> a.s().charAt(0), '\0'), char.class);
        put(simple(AttributeValue.Type.BOOL, v -> AttributeValue.fromBool((Boolean) v), AttributeValue::bool, null), Boolean.class);
        put(simple(AttributeValue.Type.BOOL, v -> AttributeValue.fromBool((Boolean) v), AttributeValue::bool, false), boolean.class);
        put(simple(n, v -> AttributeValue.fromN(((Number) v).longValue()), a -> (int) parseLong(a), null), Integer.class);
        put(simple(n, v -> AttributeValue.fromN(((Number) v).longValue()), a -> (int) parseLong(a), 0), int.class);
        put(simple(n, v -> AttributeValue.fromN((Long) v), Scalars::parseLong, null), Long.class);
        put(simple(n, v -> AttributeValue.fromN((Long) v), Scalars::parseLong, 0L), long.class);
        put(simple(n, v -> AttributeValue.fromN(((Number) v).longValue()), a -> (short) parseLong(a), null), Short.class);
        put(simple(n, v -> AttributeValue.fromN(((Number) v).longValue()), a -> (short) parseLong(a), (short) 0), short.class);
        put(simple(n, v -> AttributeValue.fromN(((Number) v).longValue()), a -> (byte) parseLong(a), null), Byte.class);
        put(simple(n, v -> AttributeValue.fromN(((Number) v).longValue()), a -> (byte) parseLong(a), (byte) 0), byte.class);
        put(simple(n, v -> AttributeValue.fromN(doubleText((Double) v)), a -> Double.parseDouble(a.n()), null), Double.class);
        put(simple(n, v -> AttributeValue.fromN(doubleText((Double) v)), a -> Double.parseDouble(a.n()), 0d), double.class);
        put(simple(n, v -> AttributeValue.fromN(Float.toString(checkFloat((Float) v))), a -> Float.parseFloat(a.n()), null), Float.class);
        put(simple(n, v -> AttributeValue.fromN(Float.toString(checkFloat((Float) v))), a -> Float.parseFloat(a.n()), 0f), float.class);
        put(simple(n, v -> AttributeValue.fromN(v.toString()), a -> new BigDecimal(a.n()), null), BigDecimal.class);
        put(simple(n, v -> AttributeValue.fromN(v.toString()), a -> new BigDecimal(a.n()).toBigIntegerExact(), null), BigInteger.class);
        put(simple(AttributeValue.Type.B, v -> AttributeValue.fromB((byte[]) v), AttributeValue::b, null), byte[].class);
        put(simple(AttributeValue.Type.B, v -> {
            ByteBuffer bb = ((ByteBuffer) v).duplicate();
            byte[] b = new byte[bb.remaining()];
            bb.get(b);
            return AttributeValue.ownedB(b);
        }, a -> ByteBuffer.wrap(a.b()), null), ByteBuffer.class);
        put(str(UUID::fromString), UUID.class);
        put(simple(AttributeValue.Type.S, v -> AttributeValue.fromS(INSTANT.format((Instant) v)), a -> Instant.parse(a.s()), null),
            Instant.class);
        put(str(LocalDate::parse), LocalDate.class);
        put(str(LocalDateTime::parse), LocalDateTime.class);
        put(str(LocalTime::parse), LocalTime.class);
        put(str(OffsetDateTime::parse), OffsetDateTime.class);
        put(str(OffsetTime::parse), OffsetTime.class);
        put(str(ZonedDateTime::parse), ZonedDateTime.class);
        put(str(Duration::parse), Duration.class);
        put(str(Period::parse), Period.class);
        put(str(Year::parse), Year.class);
        put(str(YearMonth::parse), YearMonth.class);
        put(str(MonthDay::parse), MonthDay.class);
        put(str(ZoneId::of), ZoneId.class);
        put(str(ZoneOffset::of), ZoneOffset.class);
    }

    private static float checkFloat(float f) {
        if (Float.isNaN(f) || Float.isInfinite(f)) {
            throw new IllegalArgumentException("numbers must be finite, not " + f);
        }
        return f;
    }

    /** Epoch-second numbers for time-to-live attributes. */
    static Conv ttl(Class<?> raw) {
        if (raw == Instant.class) {
            return simple(AttributeValue.Type.N, v -> AttributeValue.fromN(((Instant) v).getEpochSecond()),
                a -> Instant.ofEpochSecond(parseLong(a)), null);
        }
        return null;
    }

    /** An enum by name, or by ordinal. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Conv enumConv(Class<?> type, boolean ordinal) {
        Object[] constants = type.getEnumConstants();
        if (ordinal) {
            return simple(AttributeValue.Type.N, v -> AttributeValue.fromN(((Enum<?>) v).ordinal()),
                a -> constants[(int) parseLong(a)], null);
        }
        Class<? extends Enum> e = (Class<? extends Enum>) type;
        return simple(AttributeValue.Type.S, v -> AttributeValue.fromS(((Enum<?>) v).name()),
            a -> Enum.valueOf(e, a.s()), null);
    }
}
