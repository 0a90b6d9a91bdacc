package dev.tidemark.jdbc;

import dev.tidemark.jdbc.internal.ConnectionHandler;
import dev.tidemark.jdbc.internal.JdbcUrl;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The JDBC driver for {@code jdbc:tidemark:} URLs, registered through
 * {@code META-INF/services/java.sql.Driver}.
 *
 * <ul>
 *   <li>{@code jdbc:tidemark:file:<path>}: the durable database in directory {@code path};</li>
 *   <li>{@code jdbc:tidemark:mem:<name>}: a temporary database, alive while a connection to it is open;</li>
 *   <li>{@code jdbc:tidemark://host[:port]}: a database served by {@code tidemark serve} (default port 8000),
 *       with the settings {@code user} and {@code password}.</li>
 * </ul>
 * Settings follow as {@code ;key=value} or as connection properties: {@code sampleSize} (items
 * sampled per table to find attribute columns, default 100) and {@code schema} (the SQL schema name,
 * default {@code tidemark}). Connections to the same database in one JVM share one engine instance.
 */
public final class TidemarkDriver implements Driver {
    /** Product name reported by DatabaseMetaData. */
    public static final String PRODUCT_NAME = "Tidemark";
    /** Driver name reported by DatabaseMetaData. */
    public static final String DRIVER_NAME = "Tidemark JDBC Driver";
    /** Major version. */
    public static final int MAJOR = 0;
    /** Minor version. */
    public static final int MINOR = 1;
    /** Version text. */
    public static final String VERSION = MAJOR + "." + MINOR + ".0";

    static {
        ConnectionHandler.register(new TidemarkDriver());
    }

    /** Creates a driver; DriverManager creates one through the service file. */
    public TidemarkDriver() {
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        return ConnectionHandler.open(url, JdbcUrl.parse(url, info));
    }

    @Override
    public boolean acceptsURL(String url) {
        return JdbcUrl.accepts(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        DriverPropertyInfo sample = new DriverPropertyInfo("sampleSize", info == null ? null : info.getProperty("sampleSize"));
        sample.description = "Items sampled per table to find attribute columns (default 100)";
        DriverPropertyInfo schema = new DriverPropertyInfo("schema", info == null ? null : info.getProperty("schema"));
        schema.description = "SQL schema name of the database's tables (default tidemark)";
        DriverPropertyInfo user = new DriverPropertyInfo("user", info == null ? null : info.getProperty("user"));
        user.description = "User name for jdbc:tidemark://host:port servers";
        DriverPropertyInfo password = new DriverPropertyInfo("password", null);
        password.description = "Password for jdbc:tidemark://host:port servers";
        return new DriverPropertyInfo[] {sample, schema, user, password};
    }

    @Override
    public int getMajorVersion() {
        return MAJOR;
    }

    @Override
    public int getMinorVersion() {
        return MINOR;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("java.util.logging is not used");
    }
}
