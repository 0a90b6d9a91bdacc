package dev.tidemark.hibernate;

import static org.hibernate.type.SqlTypes.BIGINT;
import static org.hibernate.type.SqlTypes.BINARY;
import static org.hibernate.type.SqlTypes.BLOB;
import static org.hibernate.type.SqlTypes.BOOLEAN;
import static org.hibernate.type.SqlTypes.CHAR;
import static org.hibernate.type.SqlTypes.CLOB;
import static org.hibernate.type.SqlTypes.DATE;
import static org.hibernate.type.SqlTypes.DECIMAL;
import static org.hibernate.type.SqlTypes.DOUBLE;
import static org.hibernate.type.SqlTypes.FLOAT;
import static org.hibernate.type.SqlTypes.INTEGER;
import static org.hibernate.type.SqlTypes.LONG32NVARCHAR;
import static org.hibernate.type.SqlTypes.LONG32VARBINARY;
import static org.hibernate.type.SqlTypes.LONG32VARCHAR;
import static org.hibernate.type.SqlTypes.NCHAR;
import static org.hibernate.type.SqlTypes.NCLOB;
import static org.hibernate.type.SqlTypes.NUMERIC;
import static org.hibernate.type.SqlTypes.NVARCHAR;
import static org.hibernate.type.SqlTypes.REAL;
import static org.hibernate.type.SqlTypes.SMALLINT;
import static org.hibernate.type.SqlTypes.TIME;
import static org.hibernate.type.SqlTypes.TIMESTAMP;
import static org.hibernate.type.SqlTypes.TIMESTAMP_UTC;
import static org.hibernate.type.SqlTypes.TIMESTAMP_WITH_TIMEZONE;
import static org.hibernate.type.SqlTypes.TIME_UTC;
import static org.hibernate.type.SqlTypes.TIME_WITH_TIMEZONE;
import static org.hibernate.type.SqlTypes.TINYINT;
import static org.hibernate.type.SqlTypes.UUID;
import static org.hibernate.type.SqlTypes.VARBINARY;
import static org.hibernate.type.SqlTypes.VARCHAR;

import dev.tidemark.hibernate.internal.RejectingUniqueKeyExporter;
import dev.tidemark.hibernate.internal.TemporalTextJdbcType;
import dev.tidemark.hibernate.internal.TemporalTextJdbcType.Kind;
import dev.tidemark.hibernate.internal.TidemarkIndexExporter;
import dev.tidemark.hibernate.internal.TidemarkTableExporter;
import org.hibernate.LockMode;
import org.hibernate.LockOptions;
import org.hibernate.Locking;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.sql.ast.spi.LockingClauseStrategy;
import org.hibernate.dialect.pagination.LimitHandler;
import org.hibernate.dialect.pagination.LimitOffsetLimitHandler;
import org.hibernate.dialect.lock.LockingStrategy;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.sql.ast.SqlAstTranslatorFactory;
import org.hibernate.sql.ast.spi.StandardSqlAstTranslatorFactory;
import org.hibernate.sql.ast.tree.select.QuerySpec;
import org.hibernate.tool.schema.spi.Exporter;
import org.hibernate.type.descriptor.jdbc.BlobJdbcType;
import org.hibernate.type.descriptor.jdbc.ClobJdbcType;
import org.hibernate.type.descriptor.jdbc.VarcharUUIDJdbcType;
import org.hibernate.type.descriptor.jdbc.spi.JdbcTypeRegistry;
import org.hibernate.type.descriptor.sql.internal.DdlTypeImpl;

/**
 * Hibernate ORM 7 dialect for the Tidemark JDBC driver ({@code jdbc:tidemark:}). Found automatically by
 * {@link TidemarkDialectResolver}; {@code hibernate.dialect=dev.tidemark.hibernate.TidemarkDialect} also works.
 *
 * <ul>
 *   <li>Column types are the five Tidemark stores: {@code varchar} (strings, UUIDs, enums by name, dates and
 *       times as sortable ISO-8601 text), {@code bigint} (all integers, enums by ordinal), {@code decimal}
 *       (BigDecimal, float, double), {@code boolean} and {@code varbinary}.</li>
 *   <li>No sequences and no identity columns: use UUID or assigned ids.</li>
 *   <li>{@code LIMIT ? OFFSET ?} pagination.</li>
 *   <li>Schema generation: the primary key is the partition key (a second key column the sort key),
 *       {@code @Index} a global secondary index; foreign keys are not created (nothing enforces them),
 *       unique constraints fail because only the key is unique.</li>
 *   <li>Pessimistic locks ({@code PESSIMISTIC_READ/WRITE}, {@code FOR UPDATE}) fail: use {@code @Version}.</li>
 * </ul>
 */
public class TidemarkDialect extends Dialect {
    private final SqlAstTranslatorFactory translators = new StandardSqlAstTranslatorFactory();
    private final Exporter<Table> tableExporter = new TidemarkTableExporter(this);
    private final Exporter<Index> indexExporter = new TidemarkIndexExporter(this);
    private final Exporter<UniqueKey> uniqueKeyExporter = new RejectingUniqueKeyExporter();
    private final Exporter<ForeignKey> foreignKeyExporter = new Exporter<>() {
        @Override
        public String[] getSqlCreateStrings(ForeignKey fk, Metadata metadata, SqlStringGenerationContext context) {
            return NO_COMMANDS;
        }

        @Override
        public String[] getSqlDropStrings(ForeignKey fk, Metadata metadata, SqlStringGenerationContext context) {
            return NO_COMMANDS;
        }
    };

    /** A dialect for the current driver version (used with an explicit {@code hibernate.dialect}). */
    public TidemarkDialect() {
        super(DatabaseVersion.make(0, 1));
    }

    /** A dialect for the database the resolver saw. */
    public TidemarkDialect(DialectResolutionInfo info) {
        super(info);
    }

    @Override
    protected String columnType(int sqlTypeCode) {
        return switch (sqlTypeCode) {
            case BOOLEAN -> "boolean";
            case TINYINT, SMALLINT, INTEGER, BIGINT -> "bigint";
            case FLOAT, REAL, DOUBLE, NUMERIC, DECIMAL -> "decimal";
            case CHAR, VARCHAR, NCHAR, NVARCHAR, CLOB, NCLOB, LONG32VARCHAR, LONG32NVARCHAR, UUID,
                    DATE, TIME, TIME_WITH_TIMEZONE, TIME_UTC, TIMESTAMP, TIMESTAMP_WITH_TIMEZONE, TIMESTAMP_UTC -> "varchar";
            case BINARY, VARBINARY, BLOB, LONG32VARBINARY -> "varbinary";
            default -> throw new UnsupportedOperationException("Tidemark has no column type for JDBC type code "
                    + sqlTypeCode + " (columns are varchar, bigint, decimal, boolean or varbinary)");
        };
    }

    @Override
    protected boolean isLob(int sqlTypeCode) {
        return false;
    }

    @Override
    public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        super.contributeTypes(typeContributions, serviceRegistry);
        typeContributions.getTypeConfiguration().getDdlTypeRegistry()
                .addDescriptor(new DdlTypeImpl(UUID, "varchar", this));
        JdbcTypeRegistry jdbcTypes = typeContributions.getTypeConfiguration().getJdbcTypeRegistry();
        jdbcTypes.addDescriptor(UUID, VarcharUUIDJdbcType.INSTANCE);
        jdbcTypes.addDescriptor(DATE, new TemporalTextJdbcType(Kind.DATE));
        jdbcTypes.addDescriptor(TIME, new TemporalTextJdbcType(Kind.TIME));
        jdbcTypes.addDescriptor(TIMESTAMP, new TemporalTextJdbcType(Kind.TIMESTAMP));
        jdbcTypes.addDescriptor(TIMESTAMP_UTC, new TemporalTextJdbcType(Kind.TIMESTAMP_UTC));
        jdbcTypes.addDescriptor(TIMESTAMP_WITH_TIMEZONE, new TemporalTextJdbcType(Kind.TIMESTAMP_WITH_TIMEZONE));
        jdbcTypes.addDescriptor(CLOB, ClobJdbcType.STRING_BINDING);
        jdbcTypes.addDescriptor(NCLOB, ClobJdbcType.STRING_BINDING);
        jdbcTypes.addDescriptor(BLOB, BlobJdbcType.PRIMITIVE_ARRAY_BINDING);
    }

    @Override
    public SqlAstTranslatorFactory getSqlAstTranslatorFactory() {
        return translators;
    }

    @Override
    public LimitHandler getLimitHandler() {
        return LimitOffsetLimitHandler.INSTANCE;
    }

    @Override
    public boolean supportsRowValueConstructorSyntax() {
        return false;
    }

    @Override
    public boolean supportsRowValueConstructorSyntaxInInList() {
        return false;
    }

    @Override
    public boolean supportsRowValueConstructorSyntaxInQuantifiedPredicates() {
        return false;
    }

    @Override
    public boolean supportsRowValueConstructorGtLtSyntax() {
        return false;
    }

    @Override
    public boolean supportsRowValueConstructorDistinctFromSyntax() {
        return false;
    }

    @Override
    public boolean supportsRowValueConstructorSyntaxInInSubQuery() {
        return false;
    }

    // Schema generation

    @Override
    public Exporter<Table> getTableExporter() {
        return tableExporter;
    }

    @Override
    public Exporter<Index> getIndexExporter() {
        return indexExporter;
    }

    @Override
    public Exporter<ForeignKey> getForeignKeyExporter() {
        return foreignKeyExporter;
    }

    @Override
    public Exporter<UniqueKey> getUniqueKeyExporter() {
        return uniqueKeyExporter;
    }

    @Override
    public org.hibernate.tool.schema.spi.TableMigrator getTableMigrator() {
        return new dev.tidemark.hibernate.internal.TidemarkTableMigrator(this);
    }

    @Override
    public boolean hasAlterTable() {
        return false;
    }

    @Override
    public boolean dropConstraints() {
        return false;
    }

    @Override
    public boolean supportsIfExistsBeforeTableName() {
        return true;
    }

    @Override
    public boolean supportsIfExistsBeforeIndexName() {
        return true;
    }

    @Override
    public boolean qualifyIndexName() {
        return false;
    }

    // Locking: only optimistic (@Version)

    @Override
    public LockingClauseStrategy getLockingClauseStrategy(QuerySpec querySpec, LockOptions lockOptions) {
        if (lockOptions != null) {
            rejectPessimistic(lockOptions.getLockMode());
        }
        return super.getLockingClauseStrategy(querySpec, lockOptions);
    }

    @Override
    public LockingStrategy getLockingStrategy(EntityPersister lockable, LockMode lockMode, Locking.Scope scope) {
        rejectPessimistic(lockMode);
        return super.getLockingStrategy(lockable, lockMode, scope);
    }

    private static void rejectPessimistic(LockMode mode) {
        if (mode != null && mode.isPessimistic()) {
            throw new UnsupportedOperationException("Tidemark does not support pessimistic locking (" + mode
                    + "): there are no row locks; use optimistic locking with @Version");
        }
    }
}
