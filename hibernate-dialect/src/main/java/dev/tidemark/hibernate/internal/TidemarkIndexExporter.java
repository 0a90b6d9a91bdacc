package dev.tidemark.hibernate.internal;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.Selectable;
import org.hibernate.tool.schema.spi.Exporter;

/**
 * {@code @Index} as a Tidemark global secondary index: the first column is the index partition key, a
 * second one its sort key. Unique indexes and more than two columns fail with a message naming them.
 */
public final class TidemarkIndexExporter implements Exporter<Index> {
    private final Dialect dialect;

    /** An exporter for a dialect. */
    public TidemarkIndexExporter(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public String[] getSqlCreateStrings(Index index, Metadata metadata, SqlStringGenerationContext context) {
        String table = context.format(index.getTable().getQualifiedTableName());
        if (index.isUnique()) {
            throw new UnsupportedOperationException("Tidemark cannot enforce the unique index " + index.getName()
                    + " on " + table + ": only the primary key is unique");
        }
        if (index.getSelectables().size() > 2) {
            throw new UnsupportedOperationException("Tidemark indexes have at most two columns (partition key and sort"
                    + " key), but index " + index.getName() + " on " + table + " has " + index.getSelectables().size());
        }
        StringBuilder sql = new StringBuilder("create index ").append(dialect.quote(index.getName()))
                .append(" on ").append(table).append(" (");
        boolean first = true;
        for (Selectable s : index.getSelectables()) {
            if (!first) {
                sql.append(", ");
            }
            first = false;
            sql.append(s.getText(dialect));
        }
        return new String[] {sql.append(')').toString()};
    }

    @Override
    public String[] getSqlDropStrings(Index index, Metadata metadata, SqlStringGenerationContext context) {
        return new String[] {"drop index if exists " + dialect.quote(index.getName()) + " on "
                + context.format(index.getTable().getQualifiedTableName())};
    }
}
