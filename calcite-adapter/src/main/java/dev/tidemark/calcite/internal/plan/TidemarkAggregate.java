package dev.tidemark.calcite.internal.plan;

import dev.tidemark.calcite.internal.exec.AggregateRunner;
import dev.tidemark.calcite.internal.schema.Column;
import dev.tidemark.calcite.internal.schema.ColumnType;
import dev.tidemark.calcite.internal.schema.TableShape;
import dev.tidemark.calcite.internal.schema.TidemarkTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.AbstractRelNode;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.logical.LogicalAggregate;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * GROUP BY with COUNT, SUM, MIN and MAX computed while one read runs: items are folded into the groups
 * as the engine returns them, without building rows, and a full scan is read in parallel segments. It
 * replaces an aggregate over a read when every group key is a column, every aggregate is one of those
 * (no DISTINCT, no FILTER) over a column of a type it handles, and the read has no OFFSET or FETCH.
 * Anything else runs in Calcite's enumerable aggregate.
 */
@SuppressWarnings("deprecation")
public final class TidemarkAggregate extends AbstractRelNode implements EnumerableRel {
    private final RelOptTable table;
    private final TidemarkTable tidemarkTable;
    private final QuerySpec spec;
    private final Spec agg;
    private final RelDataType rowType;
    private final double inputRows;

    /** One aggregate function: what it computes, its table ordinal (-1 for COUNT(*)) and result type. */
    public record Call(Kind kind, int column, ColumnType columnType, SqlTypeName resultType, String text) {
    }

    /** The functions handled. */
    public enum Kind { COUNT, SUM, SUM0, MIN, MAX }

    /** Group key columns (table ordinals) and the functions, in output order. */
    public record Spec(int[] groupColumns, List<Call> calls) {
    }

    TidemarkAggregate(RelOptCluster cluster, RelTraitSet traits, RelOptTable table, TidemarkTable tidemarkTable,
            QuerySpec spec, Spec agg, RelDataType rowType, double inputRows) {
        super(cluster, traits);
        this.table = table;
        this.tidemarkTable = tidemarkTable;
        this.spec = spec;
        this.agg = agg;
        this.rowType = rowType;
        this.inputRows = inputRows;
    }

    @Override
    protected RelDataType deriveRowType() {
        return rowType;
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return new TidemarkAggregate(getCluster(), traitSet, table, tidemarkTable, spec, agg, rowType, inputRows);
    }

    @Override
    public RelWriter explainTerms(RelWriter pw) {
        super.explainTerms(pw);
        pw.item("table", table.getQualifiedName());
        AccessPath a = spec.access();
        pw.item("access", a.callName());
        pw.itemIf("index", a.index(), a.index() != null);
        pw.itemIf("key", a.keyText(), a.keyText() != null);
        List<Column> cols = tidemarkTable.shape().columns();
        if (spec.residual() != null) {
            pw.item("filter", spec.residual().text(i -> cols.get(i).name()));
        }
        List<String> group = new ArrayList<>();
        for (int g : agg.groupColumns()) {
            group.add(cols.get(g).name());
        }
        pw.item("group", group);
        List<String> calls = new ArrayList<>();
        agg.calls().forEach(c -> calls.add(c.text()));
        pw.item("aggregates", calls);
        return pw;
    }

    @Override
    public double estimateRowCount(RelMetadataQuery mq) {
        return agg.groupColumns().length == 0 ? 1 : Math.max(1, inputRows / 10);
    }

    @Override
    public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
        return planner.getCostFactory().makeCost(inputRows * 0.3, inputRows * 0.3, 0);
    }

    @Override
    public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
        PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), pref.prefer(JavaRowFormat.ARRAY));
        BlockBuilder builder = new BlockBuilder();
        Expression t = implementor.stash(tidemarkTable, TidemarkTable.class);
        Expression s = implementor.stash(spec, QuerySpec.class);
        Expression a = implementor.stash(agg, Spec.class);
        Expression call = Expressions.call(AggregateRunner.class, "run", DataContext.ROOT, t, s, a,
                Expressions.constant(physType.getFormat() == JavaRowFormat.SCALAR));
        builder.add(Expressions.return_(null, builder.append("rows", call)));
        return implementor.result(physType, builder.toBlock());
    }

    /** Aggregate over a read → this. */
    static final class Rule extends RelOptRule {
        static final Rule INSTANCE = new Rule();

        private Rule() {
            super(operand(LogicalAggregate.class, operand(TidemarkQuery.class, none())), "TidemarkAggregateRule");
        }

        @Override
        public void onMatch(RelOptRuleCall call) {
            Aggregate aggregate = call.rel(0);
            TidemarkQuery query = call.rel(1);
            QuerySpec spec = query.spec();
            if (spec.fetch() != null || spec.offset() != null || aggregate.getGroupType() != Aggregate.Group.SIMPLE) {
                return;
            }
            TableShape shape = query.tidemarkTable().shape();
            int[] groups = aggregate.getGroupSet().toArray();
            for (int i = 0; i < groups.length; i++) {
                groups[i] = spec.tableOrdinal(groups[i]);
                if (shape.columns().get(groups[i]).role() == Column.Role.ITEM) {
                    return;
                }
            }
            List<Call> calls = new ArrayList<>();
            List<RelDataType> outTypes = new ArrayList<>();
            aggregate.getRowType().getFieldList().forEach(f -> outTypes.add(f.getType()));
            int out = groups.length;
            for (AggregateCall c : aggregate.getAggCallList()) {
                Call converted = convert(c, shape, spec, outTypes.get(out++).getSqlTypeName());
                if (converted == null) {
                    return;
                }
                calls.add(converted);
            }
            RelMetadataQuery mq = call.getMetadataQuery();
            call.transformTo(new TidemarkAggregate(aggregate.getCluster(),
                    aggregate.getTraitSet().replace(EnumerableConvention.INSTANCE), query.getTable(), query.tidemarkTable(),
                    spec, new Spec(groups, calls), aggregate.getRowType(), query.estimateRowCount(mq)));
        }

        private static Call convert(AggregateCall c, TableShape shape, QuerySpec spec, SqlTypeName result) {
            if (c.isDistinct() || c.hasFilter() || c.isApproximate() || !c.getCollation().getFieldCollations().isEmpty()
                    || c.getArgList().size() > 1) {
                return null;
            }
            Kind kind = switch (c.getAggregation().getKind()) {
                case COUNT -> Kind.COUNT;
                case SUM -> Kind.SUM;
                case SUM0 -> Kind.SUM0;
                case MIN -> Kind.MIN;
                case MAX -> Kind.MAX;
                default -> null;
            };
            if (kind == null || kind != Kind.COUNT && c.getArgList().isEmpty()) {
                return null;
            }
            if (c.getArgList().isEmpty()) {
                return new Call(kind, -1, null, result, "COUNT(*)");
            }
            int col = spec.tableOrdinal(c.getArgList().get(0));
            Column column = shape.columns().get(col);
            ColumnType type = column.type();
            boolean ok = switch (kind) {
                case COUNT -> true;
                case SUM, SUM0 -> type == ColumnType.BIGINT || type == ColumnType.DECIMAL;
                case MIN, MAX -> column.role() != Column.Role.ITEM && (type == ColumnType.BIGINT
                        || type == ColumnType.DECIMAL || type == ColumnType.VARCHAR || type == ColumnType.JSON);
            };
            if (!ok) {
                return null;
            }
            return new Call(kind, col, column.role() == Column.Role.ITEM ? null : type, result,
                    kind + "(" + column.name() + ")");
        }
    }
}
