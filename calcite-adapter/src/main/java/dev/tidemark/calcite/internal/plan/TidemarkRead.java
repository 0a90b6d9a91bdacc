package dev.tidemark.calcite.internal.plan;

import dev.tidemark.calcite.internal.schema.Column;
import dev.tidemark.calcite.internal.schema.TableShape;
import dev.tidemark.calcite.internal.schema.TidemarkTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;

/**
 * One engine read (GetItem, Query or Scan) with everything pushed into it, described by a
 * {@link QuerySpec}. EXPLAIN shows the call, index, key condition, projection, order and limit.
 * {@link TidemarkQuery} is the logical form the rules work on, {@link TidemarkEnumerableQuery} the
 * form that runs.
 */
public abstract class TidemarkRead extends TableScan {
    private final TidemarkTable tidemarkTable;
    private final QuerySpec spec;

    /** Creates a read. */
    protected TidemarkRead(RelOptCluster cluster, RelTraitSet traitSet, RelOptTable table, TidemarkTable tidemarkTable,
            QuerySpec spec) {
        super(cluster, traitSet, List.of(), table);
        this.tidemarkTable = tidemarkTable;
        this.spec = spec;
    }

    /** The table read. */
    public TidemarkTable tidemarkTable() {
        return tidemarkTable;
    }

    /** What is pushed. */
    public QuerySpec spec() {
        return spec;
    }

    @Override
    public RelDataType deriveRowType() {
        RelDataType full = table.getRowType();
        int[] p = spec.projection();
        if (p == null) {
            return full;
        }
        List<RelDataTypeField> fields = full.getFieldList();
        List<RelDataType> types = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i : p) {
            types.add(fields.get(i).getType());
            names.add(fields.get(i).getName());
        }
        return getCluster().getTypeFactory().createStructType(types, names);
    }

    @Override
    public RelWriter explainTerms(RelWriter pw) {
        super.explainTerms(pw);
        AccessPath a = spec.access();
        pw.item("access", a.callName());
        pw.itemIf("index", a.index(), a.index() != null);
        pw.itemIf("key", a.keyText(), a.keyText() != null);
        if (spec.residual() != null) {
            List<Column> cols = tidemarkTable.shape().columns();
            pw.item("filter", spec.residual().text(i -> cols.get(i).name()));
        }
        int[] p = spec.projection();
        if (p != null) {
            TableShape shape = tidemarkTable.shape();
            List<String> names = new ArrayList<>();
            for (int i : p) {
                Column c = shape.columns().get(i);
                names.add(c.name());
            }
            pw.item("project", names);
        }
        pw.itemIf("order", Boolean.TRUE.equals(spec.forward()) ? "ASC" : "DESC", spec.forward() != null);
        pw.itemIf("offset", spec.offset(), spec.offset() != null);
        pw.itemIf("limit", spec.fetch(), spec.fetch() != null);
        return pw;
    }

    /** Items the engine reads for this path, before the filter inside the read. */
    private double itemsRead() {
        double base = Math.max(tidemarkTable.shape().rowCount(), 100);
        AccessPath a = spec.access();
        int n = Math.max(1, a.partitionValues().size());
        double rows = switch (a.kind()) {
            case GET -> n;
            case QUERY, INDEX_QUERY -> n * base * (a.sortCondition() == null ? 0.1 : 0.025);
            case SCAN -> base;
        };
        if (spec.residual() == null && spec.fetch() != null) {
            rows = Math.min(rows, spec.fetch().literal() instanceof Number f ? f.doubleValue() : 100);
        }
        return Math.max(rows, 1);
    }

    @Override
    public double estimateRowCount(RelMetadataQuery mq) {
        double base = Math.max(tidemarkTable.shape().rowCount(), 100);
        AccessPath a = spec.access();
        int n = Math.max(1, a.partitionValues().size());
        double rows = switch (a.kind()) {
            case GET -> n;
            case QUERY -> n * base * (a.sortCondition() == null ? 0.1 : 0.025);
            case INDEX_QUERY -> n * base * (a.sortCondition() == null ? 0.1 : 0.025);
            case SCAN -> base;
        };
        if (spec.residual() != null) {
            rows *= 0.5;
        }
        if (spec.fetch() != null && !spec.fetch().isParam() && spec.fetch().literal() instanceof Number f) {
            rows = Math.min(rows, f.doubleValue());
        } else if (spec.fetch() != null) {
            rows = Math.min(rows, 100);
        }
        return Math.max(rows, 1);
    }

    @Override
    public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
        // what the engine reads (a filter inside the read still reads every item of the path) plus what it returns
        double rows = estimateRowCount(mq) + itemsRead();
        if (spec.access().kind() == AccessPath.Kind.INDEX_QUERY) {
            rows *= 2;
        }
        int total = table.getRowType().getFieldCount();
        int[] p = spec.projection();
        double width = p == null ? 1.0 : 0.5 + 0.5 * p.length / total;
        if (spec.forward() != null) {
            width *= 0.9;
        }
        return planner.getCostFactory().makeCost(rows * width, rows * width, 0);
    }
}
