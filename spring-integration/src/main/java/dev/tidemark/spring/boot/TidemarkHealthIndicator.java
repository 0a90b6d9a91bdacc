package dev.tidemark.spring.boot;

import dev.tidemark.engine.Database;
import java.util.List;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of the Tidemark database: UP when it lists its tables (details: table count and, for an
 * embedded database, its directory), DOWN with the exception otherwise.
 */
public class TidemarkHealthIndicator extends AbstractHealthIndicator {
    private final Database database;

    /**
     * An indicator for a database.
     *
     * @param database the database
     */
    public TidemarkHealthIndicator(Database database) {
        super("Tidemark health check failed");
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        List<String> tables = database.listTables(b -> { }).tableNames();
        builder.up().withDetail("tables", tables.size());
        if (database.directory() != null) {
            builder.withDetail("directory", database.directory().toString());
        }
    }
}
