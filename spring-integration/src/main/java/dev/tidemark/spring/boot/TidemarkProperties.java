package dev.tidemark.spring.boot;

import dev.tidemark.spring.repository.support.TidemarkRepositoryFactoryBean.SchemaAction;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code tidemark.*}.
 *
 * <pre>
 * tidemark.url=file:/var/lib/app/db    # as the JDBC driver's URLs: file:&lt;dir&gt; or mem:&lt;name&gt;, or
 * tidemark.url=http://db-host:8000     # a server (tidemark serve), with
 * tidemark.username=app                #   one of its users
 * tidemark.password=...                #   and that user's password, or
 * tidemark.path=/var/lib/app/db        # an embedded database in this directory, or
 * tidemark.in-memory=true              # a temporary database deleted when the application stops
 * tidemark.schema-action=create-if-missing   # none (default), create-if-missing, validate
 * tidemark.repositories.enabled=true   # default
 * tidemark.table-prefix=dev_          # put before every entity's table name (default none)
 * tidemark.table-suffix=_v2           # put after every entity's table name (default none)
 * tidemark.ttl-sweep-interval=1s      # how often an embedded database deletes expired items (default 1s)
 * </pre>
 */
@ConfigurationProperties("tidemark")
public class TidemarkProperties {
    private String url;
    private String username;
    private String password;
    private Path path;
    private boolean inMemory;
    private SchemaAction schemaAction = SchemaAction.NONE;
    private String tablePrefix = "";
    private String tableSuffix = "";
    private java.time.Duration ttlSweepInterval;

    /**
     * How often an embedded database's time-to-live sweeper deletes expired items
     * ({@code DatabaseOptions.ttlSweepInterval}); null for the engine's default (one second).
     */
    public java.time.Duration getTtlSweepInterval() {
        return ttlSweepInterval;
    }

    /** Sets the TTL sweep interval. */
    public void setTtlSweepInterval(java.time.Duration ttlSweepInterval) {
        this.ttlSweepInterval = ttlSweepInterval;
    }

    /**
     * The database as a URL like the JDBC driver's (without {@code jdbc:tidemark:}): {@code file:<dir>}
     * for an embedded database in a directory, {@code mem:<name>} for a temporary one, or a server's
     * address, {@code http://host:port} (also {@code https://}, {@code tidemark://host:port} and the JDBC
     * driver's {@code //host:port}, all over HTTP but https), reached through its DynamoDB API with
     * {@link #getUsername()} and {@link #getPassword()}. Wins over {@link #getPath()} and {@link #isInMemory()}.
     */
    public String getUrl() {
        return url;
    }

    /** Sets the URL. */
    public void setUrl(String url) {
        this.url = url;
    }

    /** The server user a remote database ({@code tidemark.url=http://...}) signs its requests as. */
    public String getUsername() {
        return username;
    }

    /** Sets the server user. */
    public void setUsername(String username) {
        this.username = username;
    }

    /** The server user's password. */
    public String getPassword() {
        return password;
    }

    /** Sets the server user's password. */
    public void setPassword(String password) {
        this.password = password;
    }

    /** The directory of an embedded database (created when missing). */
    public Path getPath() {
        return path;
    }

    /** Sets the database directory. */
    public void setPath(Path path) {
        this.path = path;
    }

    /** Whether to use a temporary database (ignored when a path is set). */
    public boolean isInMemory() {
        return inMemory;
    }

    /** Sets whether to use a temporary database. */
    public void setInMemory(boolean inMemory) {
        this.inMemory = inMemory;
    }

    /** What repositories do with their entity's table at start-up. */
    public SchemaAction getSchemaAction() {
        return schemaAction;
    }

    /** Sets the schema action. */
    public void setSchemaAction(SchemaAction schemaAction) {
        this.schemaAction = schemaAction;
    }

    /**
     * Text put before every entity's table name (for example {@code dev_}), so that the same entities
     * map to differently named tables per environment. Passed to
     * {@link dev.tidemark.mapper.EntityManager.Builder#tableNamePrefix(String)}; the template,
     * repositories and schema actions all use the resulting names.
     */
    public String getTablePrefix() {
        return tablePrefix;
    }

    /** Sets the table name prefix ({@code null} means none). */
    public void setTablePrefix(String tablePrefix) {
        this.tablePrefix = tablePrefix == null ? "" : tablePrefix;
    }

    /**
     * Text put after every entity's table name (for example {@code _v2}); see {@link #getTablePrefix()}.
     */
    public String getTableSuffix() {
        return tableSuffix;
    }

    /** Sets the table name suffix ({@code null} means none). */
    public void setTableSuffix(String tableSuffix) {
        this.tableSuffix = tableSuffix == null ? "" : tableSuffix;
    }
}
