package dev.tidemark.calcite.internal.plan;

import dev.tidemark.calcite.internal.schema.TidemarkTable;
import java.util.List;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;

/**
 * The logical form of a read. It has the logical convention, like the filters, projections and sorts
 * above it, so the rules that push those operators see every variant of the read.
 */
public final class TidemarkQuery extends TidemarkRead {
    /** The convention of logical reads. */
    public static final Convention CONVENTION = Convention.NONE;

    /** Creates a logical read. */
    public TidemarkQuery(RelOptCluster cluster, RelTraitSet traitSet, RelOptTable table, TidemarkTable tidemarkTable,
            QuerySpec spec) {
        super(cluster, traitSet, table, tidemarkTable, spec);
    }

    /** A copy with another spec and traits. */
    public TidemarkQuery with(QuerySpec newSpec, RelTraitSet traits) {
        return new TidemarkQuery(getCluster(), traits, getTable(), tidemarkTable(), newSpec);
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return new TidemarkQuery(getCluster(), traitSet, getTable(), tidemarkTable(), spec());
    }

    @Override
    public void register(RelOptPlanner planner) {
        TidemarkRules.register(planner);
    }
}
