package dev.tidemark.hibernate;

import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * Picks {@link TidemarkDialect} when the JDBC connection reports the product name {@code Tidemark}, so
 * that no {@code hibernate.dialect} setting is needed. Registered in
 * {@code META-INF/services/org.hibernate.engine.jdbc.dialect.spi.DialectResolver}.
 */
public final class TidemarkDialectResolver implements DialectResolver {
    /** The product name the Tidemark JDBC driver reports. */
    public static final String PRODUCT_NAME = "Tidemark";

    /** Creates the resolver (used by the service loader). */
    public TidemarkDialectResolver() {
    }

    @Override
    public Dialect resolveDialect(DialectResolutionInfo info) {
        return PRODUCT_NAME.equals(info.getDatabaseName()) ? new TidemarkDialect(info) : null;
    }
}
