package dev.tidemark.hibernate.internal;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;
import org.hibernate.tool.schema.extract.spi.TableInformation;
import org.hibernate.tool.schema.spi.TableMigrator;

/**
 * {@code hbm2ddl.auto=update} on an existing table: each column the table lacks is declared with
 * {@code alter table t add column c type}, without {@code not null}, defaults or checks (items are
 * schemaless: nothing is rewritten, older items simply lack the attribute). Column types are never changed.
 */
public final class TidemarkTableMigrator implements TableMigrator {
    private final Dialect dialect;

    /** A migrator for a dialect. */
    public TidemarkTableMigrator(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public String[] getSqlAlterStrings(Table table, Metadata metadata, TableInformation tableInfo,
            SqlStringGenerationContext context) {
        if (table.isView()) {
            return new String[0];
        }
        String name = context.format(table.getQualifiedTableName());
        List<String> out = new ArrayList<>();
        for (Column column : table.getColumns()) {
            if (tableInfo.getColumn(Identifier.toIdentifier(column.getName(), column.isQuoted())) == null) {
                if (column.isUnique()) {
                    throw new UnsupportedOperationException("Tidemark cannot enforce the unique constraint on " + name
                            + " [" + column.getName() + "]: only the primary key is unique");
                }
                out.add("alter table " + name + " add column " + column.getQuotedName(dialect) + ' '
                        + column.getSqlType(metadata));
            }
        }
        return out.toArray(new String[0]);
    }
}
