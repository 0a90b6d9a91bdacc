package dev.tidemark.hibernate.internal;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import org.hibernate.HibernateException;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicBinder;
import org.hibernate.type.descriptor.jdbc.BasicExtractor;
import org.hibernate.type.descriptor.jdbc.JdbcLiteralFormatter;
import org.hibernate.type.descriptor.jdbc.JdbcType;

/**
 * Dates and times stored as fixed-width ISO-8601 text, because Tidemark items have no temporal type
 * (DynamoDB stores dates as strings). Fixed width (nine fraction digits, UTC for instants) makes the
 * text order the time order, so comparisons and ORDER BY work on the stored strings.
 */
public final class TemporalTextJdbcType implements JdbcType {
    /** Which temporal SQL type a column stands for. */
    public enum Kind {
        /** A date: {@code 2026-11-24}. */
        DATE(SqlTypes.DATE),
        /** A time of day: {@code 09:41:35.000000000}. */
        TIME(SqlTypes.TIME),
        /** A local date-time: {@code 2026-11-24T09:41:35.000000000}. */
        TIMESTAMP(SqlTypes.TIMESTAMP),
        /** An instant, normalized to UTC: {@code 2026-11-24T09:41:35.000000000Z}. */
        TIMESTAMP_UTC(SqlTypes.TIMESTAMP_UTC),
        /** A date-time with offset, normalized to UTC (the offset is not kept). */
        TIMESTAMP_WITH_TIMEZONE(SqlTypes.TIMESTAMP_WITH_TIMEZONE);

        private final int code;

        Kind(int code) {
            this.code = code;
        }
    }

    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendPattern("HH:mm:ss").appendFraction(ChronoField.NANO_OF_SECOND, 9, 9, true).toFormatter();
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss").appendFraction(ChronoField.NANO_OF_SECOND, 9, 9, true)
            .toFormatter();

    private final Kind kind;

    /** A type for one kind. */
    public TemporalTextJdbcType(Kind kind) {
        this.kind = kind;
    }

    @Override
    public int getJdbcTypeCode() {
        return SqlTypes.VARCHAR;
    }

    @Override
    public int getDefaultSqlTypeCode() {
        return kind.code;
    }

    @Override
    public int getDdlTypeCode() {
        return kind.code;
    }

    @Override
    public boolean isTemporal() {
        return true;
    }

    @Override
    public String toString() {
        return "TemporalTextJdbcType(" + kind + ")";
    }

    /** The stored text of a value. */
    String format(Object value, JavaType<?> javaType, WrapperOptions options) {
        return switch (kind) {
            case DATE -> unwrap(value, javaType, options, LocalDate.class, java.sql.Date.class).toString();
            case TIME -> TIME.format(unwrap(value, javaType, options, LocalTime.class, java.sql.Time.class));
            case TIMESTAMP -> DATE_TIME.format(unwrap(value, javaType, options, LocalDateTime.class, java.sql.Timestamp.class));
            case TIMESTAMP_UTC, TIMESTAMP_WITH_TIMEZONE -> DATE_TIME.format(
                    LocalDateTime.ofInstant(unwrap(value, javaType, options, Instant.class, java.sql.Timestamp.class),
                            ZoneOffset.UTC)) + "Z";
        };
    }

    /** The value of stored text, as the Java type asks. */
    <X> X parse(String text, JavaType<X> javaType, WrapperOptions options) {
        if (text == null) {
            return null;
        }
        try {
            return switch (kind) {
                case DATE -> wrap(LocalDate.parse(text), java.sql.Date.valueOf(LocalDate.parse(text)), javaType, options);
                case TIME -> {
                    LocalTime t = LocalTime.parse(text, TIME);
                    yield wrap(t, java.sql.Time.valueOf(t), javaType, options);
                }
                case TIMESTAMP -> {
                    LocalDateTime t = LocalDateTime.parse(text, DATE_TIME);
                    yield wrap(t, java.sql.Timestamp.valueOf(t), javaType, options);
                }
                case TIMESTAMP_UTC, TIMESTAMP_WITH_TIMEZONE -> {
                    String local = text.endsWith("Z") ? text.substring(0, text.length() - 1) : text;
                    Instant i = LocalDateTime.parse(local, DATE_TIME).toInstant(ZoneOffset.UTC);
                    Class<X> c = javaType.getJavaTypeClass();
                    if (c == OffsetDateTime.class) {
                        yield c.cast(i.atOffset(ZoneOffset.UTC));
                    }
                    if (c == ZonedDateTime.class) {
                        yield c.cast(i.atZone(ZoneOffset.UTC));
                    }
                    yield wrap(i, java.sql.Timestamp.from(i), javaType, options);
                }
            };
        } catch (DateTimeParseException e) {
            throw new HibernateException("Tidemark: the stored text '" + text + "' is not a " + kind
                    + " value in the dialect's ISO-8601 form", e);
        }
    }

    private static <T> T unwrap(Object value, JavaType<?> javaType, WrapperOptions options, Class<T> preferred,
            Class<? extends java.util.Date> legacy) {
        @SuppressWarnings("unchecked")
        JavaType<Object> jt = (JavaType<Object>) javaType;
        try {
            return jt.unwrap(value, preferred, options);
        } catch (HibernateException e) {
            java.util.Date d = jt.unwrap(value, legacy, options);
            Object converted = d instanceof java.sql.Timestamp ts
                    ? (preferred == Instant.class ? ts.toInstant() : ts.toLocalDateTime())
                    : d instanceof java.sql.Time t ? t.toLocalTime()
                    : ((java.sql.Date) d).toLocalDate();
            return preferred.cast(converted);
        }
    }

    private static <X> X wrap(Object modern, Object legacy, JavaType<X> javaType, WrapperOptions options) {
        try {
            return javaType.wrap(modern, options);
        } catch (HibernateException e) {
            return javaType.wrap(legacy, options);
        }
    }

    @Override
    public <T> JdbcLiteralFormatter<T> getJdbcLiteralFormatter(JavaType<T> javaType) {
        return (appender, value, dialect, options) -> {
            appender.appendSql('\'');
            appender.appendSql(format(value, javaType, options));
            appender.appendSql('\'');
        };
    }

    @Override
    public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
        return new BasicBinder<>(javaType, this) {
            @Override
            protected void doBind(PreparedStatement st, X value, int index, WrapperOptions options) throws SQLException {
                st.setString(index, format(value, javaType, options));
            }

            @Override
            protected void doBind(CallableStatement st, X value, String name, WrapperOptions options) throws SQLException {
                st.setString(name, format(value, javaType, options));
            }
        };
    }

    @Override
    public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
        return new BasicExtractor<>(javaType, this) {
            @Override
            protected X doExtract(ResultSet rs, int index, WrapperOptions options) throws SQLException {
                return parse(rs.getString(index), javaType, options);
            }

            @Override
            protected X doExtract(CallableStatement st, int index, WrapperOptions options) throws SQLException {
                return parse(st.getString(index), javaType, options);
            }

            @Override
            protected X doExtract(CallableStatement st, String name, WrapperOptions options) throws SQLException {
                return parse(st.getString(name), javaType, options);
            }
        };
    }
}
