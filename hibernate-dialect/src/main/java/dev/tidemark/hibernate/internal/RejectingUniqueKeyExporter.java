package dev.tidemark.hibernate.internal;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.UniqueKey;
import org.hibernate.tool.schema.spi.Exporter;

/** Unique constraints other than the primary key cannot be enforced by Tidemark: schema generation fails. */
public final class RejectingUniqueKeyExporter implements Exporter<UniqueKey> {
    /** The exporter. */
    public RejectingUniqueKeyExporter() {
    }

    @Override
    public String[] getSqlCreateStrings(UniqueKey key, Metadata metadata, SqlStringGenerationContext context) {
        throw new UnsupportedOperationException("Tidemark cannot enforce the unique constraint on "
                + context.format(key.getTable().getQualifiedTableName()) + " "
                + key.getColumns().stream().map(Column::getName).toList()
                + ": only the primary key is unique (remove unique = true, or for @OneToOne map a @ManyToOne)");
    }

    @Override
    public String[] getSqlDropStrings(UniqueKey key, Metadata metadata, SqlStringGenerationContext context) {
        return NO_COMMANDS;
    }
}
