package dev.tidemark.calcite.internal.schema;

import dev.tidemark.calcite.internal.exec.Session;
import dev.tidemark.calcite.internal.plan.QuerySpec;
import dev.tidemark.calcite.internal.plan.TidemarkModify;
import dev.tidemark.calcite.internal.plan.TidemarkQuery;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import dev.tidemark.calcite.TidemarkSqlException;
import dev.tidemark.calcite.internal.plan.AccessPath;
import org.apache.calcite.adapter.java.AbstractQueryableTable;
import org.apache.calcite.linq4j.QueryProvider;
import org.apache.calcite.linq4j.Queryable;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.prepare.Prepare;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.TableModify;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.ModifiableTable;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.Statistic;
import org.apache.calcite.schema.Statistics;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * One Tidemark table as a SQL table. Reads plan into {@link TidemarkQuery} (where filters, projections,
 * ORDER BY and LIMIT are pushed), writes into {@link TidemarkModify}.
 */
public final class TidemarkTable extends AbstractQueryableTable implements TranslatableTable, ModifiableTable {
    private final String name;
    private final Session session;
    private final Supplier<TableShape> shapeLoader;
    private volatile TableShape shape;
    private final String forcedIndex;

    /** Creates the table; its shape is loaded (described and sampled) on first use. */
    public TidemarkTable(String name, Session session, Supplier<TableShape> shapeLoader) {
        super(Object[].class);
        this.name = name;
        this.session = session;
        this.shapeLoader = shapeLoader;
        this.forcedIndex = null;
    }

    /**
     * The read-only view {@code base$index}: the base table's columns, read only through {@code index}
     * (a Query on it when the index partition key is given, else a Scan of the index).
     */
    public TidemarkTable(TidemarkTable base, String index) {
        super(Object[].class);
        this.name = base.name + "$" + index;
        this.session = base.session;
        this.shapeLoader = base::shape;
        this.forcedIndex = index;
    }

    /** The index every read of this table must use, or null for a plain table. */
    public String forcedIndex() {
        return forcedIndex;
    }

    /** The engine table name. */
    public String name() {
        return name;
    }

    /** The connection's session. */
    public Session session() {
        return session;
    }

    /** The table's SQL shape. */
    public TableShape shape() {
        TableShape s = shape;
        if (s == null) {
            synchronized (this) {
                s = shape;
                if (s == null) {
                    s = shapeLoader.get();
                    shape = s;
                }
            }
        }
        return s;
    }

    @Override
    public RelDataType getRowType(RelDataTypeFactory typeFactory) {
        RelDataTypeFactory.Builder b = typeFactory.builder();
        for (Column c : shape().columns()) {
            RelDataType t = typeFactory.createSqlType(c.type().sqlType());
            if (c.type() == ColumnType.DECIMAL) {
                t = typeFactory.createSqlType(c.type().sqlType(), 38, 10);
            }
            b.add(c.name(), typeFactory.createTypeWithNullability(t, !c.isKey()));
        }
        return b.build();
    }

    @Override
    public Statistic getStatistic() {
        TableShape s = shape();
        List<Integer> keys = new ArrayList<>();
        keys.add(0);
        if (s.sortKey() != null) {
            keys.add(1);
        }
        return Statistics.of(s.rowCount(), List.of(ImmutableBitSet.of(keys)));
    }

    @Override
    public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
        RelOptCluster cluster = context.getCluster();
        return new TidemarkQuery(cluster, cluster.traitSetOf(TidemarkQuery.CONVENTION), relOptTable, this,
                forcedIndex == null ? QuerySpec.EMPTY : QuerySpec.EMPTY.withAccess(AccessPath.indexScan(forcedIndex)));
    }

    @Override
    public Collection getModifiableCollection() {
        return null;
    }

    @Override
    public TableModify toModificationRel(RelOptCluster cluster, RelOptTable table, Prepare.CatalogReader catalogReader,
            RelNode child, TableModify.Operation operation, List<String> updateColumnList,
            List<RexNode> sourceExpressionList, boolean flattened) {
        if (forcedIndex != null) {
            throw new TidemarkSqlException("0A000", null, name + " reads through the index " + forcedIndex
                    + " and cannot be written: write to " + shape().tableName(), null);
        }
        return new TidemarkModify(cluster, cluster.traitSet(), table, catalogReader, child, operation,
                updateColumnList, sourceExpressionList, flattened);
    }

    @Override
    public <T> Queryable<T> asQueryable(QueryProvider queryProvider, SchemaPlus schema, String tableName) {
        throw new UnsupportedOperationException("Tidemark tables are read through the planner");
    }

    @Override
    public Type getElementType() {
        return Object[].class;
    }
}
