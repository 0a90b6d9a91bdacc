package dev.tidemark.jdbc.internal;

import dev.tidemark.calcite.TidemarkDatabases;
import dev.tidemark.calcite.TidemarkSchema;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.apache.calcite.jdbc.CalciteConnection;

/**
 * A Tidemark connection: a Calcite connection whose default schema is a {@link TidemarkSchema} over
 * the shared database, with transactions (auto-commit off collects writes into one engine
 * transaction), Tidemark metadata and SQLStates on errors.
 */
public final class ConnectionHandler implements InvocationHandler {
    /** The schema name used when the URL does not set one. */
    public static final String DEFAULT_SCHEMA = "tidemark";

    private final String url;
    private final Connection calcite;
    private final TidemarkSchema schema;
    private final String schemaName;
    private final TidemarkDatabases.Handle handle;
    private Connection proxy;
    private boolean closed;
    private boolean readOnly;

    private ConnectionHandler(String url, Connection calcite, TidemarkSchema schema, String schemaName,
            TidemarkDatabases.Handle handle) {
        this.url = url;
        this.calcite = calcite;
        this.schema = schema;
        this.schemaName = schemaName;
        this.handle = handle;
    }

    /** Opens a connection for a parsed URL. */
    public static Connection open(String url, JdbcUrl parsed) throws SQLException {
        if (parsed.kind().equals("remote")) {
            return RemoteConnections.open(parsed);
        }
        checkJvmFlags();
        TidemarkDatabases.Handle handle;
        try {
            handle = parsed.kind().equals("file") ? TidemarkDatabases.open(Path.of(parsed.target()))
                    : TidemarkDatabases.openMemory(parsed.target());
        } catch (RuntimeException e) {
            throw new SQLException("Cannot open the Tidemark database " + parsed.target() + ": " + e.getMessage(),
                    "08001", e);
        }
        try {
            // Calcite re-reads every property each time a statement runs, so only what differs from its
            // defaults is set: double-quote quoting, quoted identifiers unchanged and case-sensitive
            // names are Calcite's defaults already.
            Properties p = new Properties();
            p.setProperty("unquotedCasing", "UNCHANGED");
            p.setProperty("timeZone", "UTC");
            p.setProperty("typeSystem", "dev.tidemark.calcite.TidemarkTypeSystem#INSTANCE");
            String schemaName = parsed.settings().getProperty("schema", DEFAULT_SCHEMA);
            TidemarkSchema schema = new TidemarkSchema(handle.database(),
                    parsed.intSetting("sampleSize", TidemarkSchema.DEFAULT_SAMPLE_SIZE));
            PlanCache plans = new PlanCache(schema);
            Connection calcite = new org.apache.calcite.jdbc.Driver().withPrepareFactory(() -> plans)
                    .connect("jdbc:calcite:", p);
            CalciteConnection cc = calcite.unwrap(CalciteConnection.class);
            // Calcite caches a schema's table names for the connection's life; tables are created and dropped
            // through other connections and the engine itself, so every lookup asks the schema (which keeps
            // the computed table shapes and forgets them when tables change). Disabling the cache reaches only
            // lookups that exist, so they are created first.
            org.apache.calcite.schema.SchemaPlus added = cc.getRootSchema().add(schemaName, schema);
            org.apache.calcite.jdbc.CalciteSchema calciteSchema = added.unwrap(org.apache.calcite.jdbc.CalciteSchema.class);
            calciteSchema.tables();
            calciteSchema.subSchemas();
            added.setCacheEnabled(false);
            cc.setSchema(schemaName);
            ConnectionHandler h = new ConnectionHandler(url, calcite, schema, schemaName, handle);
            h.proxy = (Connection) Proxy.newProxyInstance(ConnectionHandler.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, h);
            return h.proxy;
        } catch (SQLException | RuntimeException e) {
            handle.close();
            throw e instanceof SQLException s ? s : SqlErrors.translate(e);
        }
    }

    /**
     * The embedded engine (Chronicle Queue) needs JVM options on Java 17+; without them it fails deep
     * inside. Checked up front so that a BI tool's user gets the exact options to add.
     */
    static void checkJvmFlags() throws SQLException {
        Module self = ConnectionHandler.class.getModule();
        Module base = Object.class.getModule();
        if (base.isExported("jdk.internal.misc", self) && base.isOpen("java.lang", self)
                && base.isOpen("java.lang.reflect", self) && base.isExported("sun.nio.ch", self)) {
            return;
        }
        String flags;
        try (java.io.InputStream in = ConnectionHandler.class.getResourceAsStream("/dev/tidemark/jdbc/jvm.flags")) {
            flags = in == null ? "(see the Tidemark README)" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        } catch (java.io.IOException e) {
            flags = "(see the Tidemark README)";
        }
        throw new SQLException("The embedded Tidemark engine needs these JVM options (add them to the java command or"
                + " the tool's JVM options file): " + flags + " -- a remote jdbc:tidemark://host:port connection needs"
                + " none", "08001");
    }

    /** The connection's schema. */
    TidemarkSchema schema() {
        return schema;
    }

    /** The schema's name. */
    String schemaName() {
        return schemaName;
    }

    /** The URL this connection was opened with. */
    String url() {
        return url;
    }

    /** The proxy handed to the caller. */
    Connection proxy() {
        return proxy;
    }

    @Override
    public Object invoke(Object p, Method m, Object[] args) throws Throwable {
        if ((m.getName().equals("unwrap") || m.getName().equals("isWrapperFor")) && args[0] == TidemarkSchema.class) {
            return m.getName().equals("unwrap") ? schema : Boolean.TRUE;
        }
        boolean[] handled = new boolean[1];
        Object w = Wrapping.wrapperMethod(p, calcite, m, args, handled);
        if (handled[0]) {
            return w;
        }
        String name = m.getName();
        switch (name) {
            case "close":
                close();
                return null;
            case "isClosed":
                return closed;
            case "isValid":
                if (args[0] instanceof Integer t && t < 0) {
                    throw new SQLException("timeout must not be negative", "HY000");
                }
                return !closed;
            default:
                break;
        }
        if (closed) {
            throw new SQLException("The connection is closed", "08003");
        }
        switch (name) {
            case "setAutoCommit":
                try {
                    schema.setAutoCommit((Boolean) args[0]);
                } catch (RuntimeException e) {
                    throw SqlErrors.translate(e);
                }
                return null;
            case "getAutoCommit":
                return schema.autoCommit();
            case "commit":
                try {
                    schema.commit();
                } catch (RuntimeException e) {
                    throw SqlErrors.translate(e);
                }
                return null;
            case "rollback":
                if (args != null && args.length == 1) {
                    throw new java.sql.SQLFeatureNotSupportedException("Savepoints are not supported", "0A000");
                }
                schema.rollback();
                return null;
            case "setSavepoint":
            case "releaseSavepoint":
                throw new java.sql.SQLFeatureNotSupportedException("Savepoints are not supported", "0A000");
            case "getTransactionIsolation":
                return Connection.TRANSACTION_READ_COMMITTED;
            case "setTransactionIsolation":
                return null;
            case "setReadOnly":
                readOnly = (Boolean) args[0];
                return null;
            case "isReadOnly":
                return readOnly;
            case "getMetaData":
                return MetaData.create(this, (DatabaseMetaData) Wrapping.call(calcite, m, args));
            case "createStatement":
                return Wrapping.statement((Statement) Wrapping.call(calcite, m, args), this, null);
            case "prepareStatement":
            case "prepareCall": {
                String sql = (String) args[0];
                if (TidemarkSchema.isDdl(sql)) {
                    return Wrapping.ddlStatement(this, sql);
                }
                return Wrapping.statement((Statement) Wrapping.call(calcite, m, args), this, sql);
            }
            default:
                return Wrapping.call(calcite, m, args);
        }
    }

    private synchronized void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        schema.rollback();
        try {
            calcite.close();
        } finally {
            handle.close();
        }
    }

    /** Registers the driver with DriverManager (used by the driver's static initializer). */
    public static void register(java.sql.Driver d) {
        try {
            DriverManager.registerDriver(d);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
