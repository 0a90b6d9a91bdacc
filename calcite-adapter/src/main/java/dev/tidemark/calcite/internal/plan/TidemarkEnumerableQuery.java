package dev.tidemark.calcite.internal.plan;

import dev.tidemark.calcite.internal.exec.QueryRunner;
import dev.tidemark.calcite.internal.schema.TidemarkTable;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;

/** A read that runs: generated code calls {@link QueryRunner} with the stashed table and spec. */
public final class TidemarkEnumerableQuery extends TidemarkRead implements EnumerableRel {

    /** Creates a runnable read. */
    public TidemarkEnumerableQuery(RelOptCluster cluster, RelTraitSet traitSet, RelOptTable table,
            TidemarkTable tidemarkTable, QuerySpec spec) {
        super(cluster, traitSet, table, tidemarkTable, spec);
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return new TidemarkEnumerableQuery(getCluster(), traitSet, getTable(), tidemarkTable(), spec());
    }

    @Override
    public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
        PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(),
                pref.prefer(JavaRowFormat.ARRAY));
        BlockBuilder builder = new BlockBuilder();
        Expression table = implementor.stash(tidemarkTable(), TidemarkTable.class);
        Expression spec = implementor.stash(spec(), QuerySpec.class);
        Expression call = Expressions.call(QueryRunner.class, "run", DataContext.ROOT, table, spec,
                Expressions.constant(physType.getFormat() == JavaRowFormat.SCALAR));
        builder.add(Expressions.return_(null, builder.append("rows", call)));
        return implementor.result(physType, builder.toBlock());
    }
}
