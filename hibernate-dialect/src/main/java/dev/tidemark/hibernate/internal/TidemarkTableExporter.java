package dev.tidemark.hibernate.internal;

import java.util.List;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.dialect.Dialect;
import dev.tidemark.hibernate.SortKey;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
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
                    + " has none: a @ElementCollection or join table mapped as a List or bag (use a Set), or the table"
                    + " behind @GeneratedValue on a numeric id (Tidemark has no sequences: use a UUID or assigned id)");
        }
        List<Column> key = table.getPrimaryKey().getColumns();
        if (key.size() > 2) {
            throw new UnsupportedOperationException("Tidemark keys have at most two columns (partition key and sort key),"
                    + " but table " + name + " has the primary key " + key.stream().map(Column::getName).toList());
        }
        for (Column column : table.getColumns()) {
            if (column.isIdentity()) {
                throw new UnsupportedOperationException("Tidemark has no identity columns: " + name + "."
                        + column.getName() + " is @GeneratedValue(strategy = IDENTITY); use a UUID or assigned id");
            }
            if (column.isUnique() && !key.contains(column)) {
                throw new UnsupportedOperationException("Tidemark cannot enforce the unique constraint on " + name
                        + " [" + column.getName() + "]: only the primary key is unique (remove unique = true,"
                        + " or for @OneToOne map a @ManyToOne)");
            }
        }
        key = keyOrder(table, key, metadata);
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

    /** Puts the column of the id attribute marked {@link SortKey} second. */
    private static List<Column> keyOrder(Table table, List<Column> key, Metadata metadata) {
        if (key.size() != 2) {
            return key;
        }
        for (PersistentClass entity : metadata.getEntityBindings()) {
            if (entity.getTable() != table || !(entity.getIdentifier() instanceof Component id)) {
                continue;
            }
            List<Property> properties = entity.getIdentifierMapper() != null
                    ? entity.getIdentifierMapper().getProperties() : id.getProperties();
            for (Property p : properties) {
                if (isSortKey(p.getName(), entity.getMappedClass(), id.getComponentClass())
                        && p.getColumns().size() == 1 && key.get(0).equals(p.getColumns().get(0))) {
                    return List.of(key.get(1), key.get(0));
                }
            }
        }
        return key;
    }

    private static boolean isSortKey(String attribute, Class<?>... owners) {
        for (Class<?> owner : owners) {
            for (Class<?> c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
                try {
                    if (c.getDeclaredField(attribute).isAnnotationPresent(SortKey.class)) {
                        return true;
                    }
                } catch (NoSuchFieldException e) {
                    // not declared here: look further up
                }
            }
        }
        return false;
    }

    @Override
    public String[] getSqlDropStrings(Table table, Metadata metadata, SqlStringGenerationContext context) {
        return new String[] {"drop table if exists " + context.format(table.getQualifiedTableName())};
    }
}
