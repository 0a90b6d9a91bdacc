package dev.tidemark.hibernate.internal;

import java.util.List;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;
import org.hibernate.tool.schema.spi.Exporter;

/**
 * {@code CREATE TABLE} in the form Tidemark's DDL takes: the primary key becomes the partition key (and a
 * second key column the sort key); other columns are declared without {@code NOT NULL}, defaults or
 * checks, which a schemaless store cannot enforce. Hibernate still checks non-null properties itself.
 */
public final class TidemarkTableExporter implements Exporter<Table> {
    private final Dialect dialect;

    /** An exporter for a dialect. */
    public TidemarkTableExporter(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public String[] getSqlCreateStrings(Table table, Metadata metadata, SqlStringGenerationContext context) {
        String name = context.format(table.getQualifiedTableName());
        if (table.getViewQuery() != null) {
            throw new UnsupportedOperationException("Tidemark has no views: cannot create the view " + name);
        }
        if (!table.hasPrimaryKey()) {
            throw new UnsupportedOperationException("Tidemark needs a primary key for every table, and table " + name
                    + " has none (a @ElementCollection or join table mapped as a List or bag, or a sequence table:"
                    + " use a Set for collections and UUID or assigned ids)");
        }
        List<Column> key = table.getPrimaryKey().getColumns();
        if (key.size() > 2) {
            throw new UnsupportedOperationException("Tidemark keys have at most two columns (partition key and sort key),"
                    + " but table " + name + " has the primary key " + key.stream().map(Column::getName).toList());
        }
        StringBuilder sql = new StringBuilder("create table ").append(name).append(" (");
        boolean first = true;
        for (Column column : table.getColumns()) {
            if (!first) {
                sql.append(", ");
            }
            first = false;
            sql.append(column.getQuotedName(dialect)).append(' ').append(column.getSqlType(metadata));
            if (key.contains(column)) {
                sql.append(" not null");
            }
        }
        sql.append(", primary key (");
        for (int i = 0; i < key.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(key.get(i).getQuotedName(dialect));
        }
        return new String[] {sql.append("))").toString()};
    }

    @Override
    public String[] getSqlDropStrings(Table table, Metadata metadata, SqlStringGenerationContext context) {
        return new String[] {"drop table if exists " + context.format(table.getQualifiedTableName())};
    }
}
