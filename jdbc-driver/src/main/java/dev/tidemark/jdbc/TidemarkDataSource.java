package dev.tidemark.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A DataSource for a {@code jdbc:tidemark:} URL (see {@link TidemarkDriver} for URLs and settings). */
public final class TidemarkDataSource implements DataSource {
    private final TidemarkDriver driver = new TidemarkDriver();
    private volatile String url;
    private volatile PrintWriter logWriter;
    private volatile int loginTimeout;

    /** Creates a data source; set the URL before use. */
    public TidemarkDataSource() {
    }

    /** Creates a data source for {@code url}. */
    public TidemarkDataSource(String url) {
        this.url = url;
    }

    /** The URL. */
    public String getUrl() {
        return url;
    }

    /** Sets the URL. */
    public void setUrl(String url) {
        this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (url == null || !driver.acceptsURL(url)) {
            throw new SQLException("Set a jdbc:tidemark: URL on the data source first (got " + url + ")", "08001");
        }
        return driver.connect(url, new Properties());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("java.util.logging is not used");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
