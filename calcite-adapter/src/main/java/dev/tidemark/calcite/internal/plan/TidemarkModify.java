package dev.tidemark.calcite.internal.plan;

import dev.tidemark.calcite.internal.exec.ModifyRunner;
import dev.tidemark.calcite.internal.schema.TidemarkTable;
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
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.prepare.Prepare;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterRule;
import org.apache.calcite.rel.core.TableModify;
import org.apache.calcite.rel.logical.LogicalTableModify;
import org.apache.calcite.rex.RexNode;

/**
 * INSERT, UPDATE or DELETE on a Tidemark table. The logical node is turned into {@link Enumerable}, whose
 * generated code hands the input rows (new rows, or current rows plus new values) to {@link ModifyRunner}.
 */
public final class TidemarkModify extends TableModify {

    /** Creates the logical modify. */
    public TidemarkModify(RelOptCluster cluster, RelTraitSet traitSet, RelOptTable table,
            Prepare.CatalogReader catalogReader, RelNode input, Operation operation, List<String> updateColumnList,
            List<RexNode> sourceExpressionList, boolean flattened) {
        super(cluster, traitSet.replace(Convention.NONE), table, catalogReader, input, operation, updateColumnList,
                sourceExpressionList, flattened);
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return new TidemarkModify(getCluster(), traitSet, getTable(), getCatalogReader(), sole(inputs), getOperation(),
                getUpdateColumnList(), getSourceExpressionList(), isFlattened());
    }

    @Override
    public void register(RelOptPlanner planner) {
        TidemarkRules.register(planner);
    }

    /** The modify in the enumerable convention. */
    public static final class Enumerable extends TableModify implements EnumerableRel {
        Enumerable(RelOptCluster cluster, RelTraitSet traitSet, RelOptTable table, Prepare.CatalogReader catalogReader,
                RelNode input, Operation operation, List<String> updateColumnList, List<RexNode> sourceExpressionList,
                boolean flattened) {
            super(cluster, traitSet, table, catalogReader, input, operation, updateColumnList, sourceExpressionList,
                    flattened);
        }

        @Override
        public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
            return new Enumerable(getCluster(), traitSet, getTable(), getCatalogReader(), sole(inputs), getOperation(),
                    getUpdateColumnList(), getSourceExpressionList(), isFlattened());
        }

        @Override
        public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
            BlockBuilder builder = new BlockBuilder();
            Result input = implementor.visitChild(this, 0, (EnumerableRel) getInput(), Prefer.ARRAY);
            Expression inputExp = builder.append("input", input.block);
            TidemarkTable t = getTable().unwrap(TidemarkTable.class);
            Expression table = implementor.stash(t, TidemarkTable.class);
            Expression op = Expressions.constant(getOperation().name());
            Expression cols = implementor.stash(getUpdateColumnList() == null ? List.of() : List.copyOf(getUpdateColumnList()),
                    List.class);
            Expression array = Expressions.constant(input.physType.getFormat() != JavaRowFormat.SCALAR);
            Expression call = Expressions.call(ModifyRunner.class, "run", DataContext.ROOT, table, op, cols, inputExp,
                    array);
            builder.add(Expressions.return_(null, builder.append("count", call)));
            PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(),
                    pref.prefer(JavaRowFormat.SCALAR));
            return implementor.result(physType, builder.toBlock());
        }
    }

    /**
     * Converts the logical modify to the enumerable one, with its input enumerable too. Calcite builds
     * UPDATE and DELETE as a {@link LogicalTableModify}, INSERT through the table as a TidemarkModify.
     */
    static final class ToEnumerableModifyRule extends ConverterRule {
        static final ToEnumerableModifyRule INSTANCE = Config.INSTANCE
                .withConversion(TableModify.class, r -> r.getTable().unwrap(TidemarkTable.class) != null
                                && (r instanceof TidemarkModify || r instanceof LogicalTableModify),
                        Convention.NONE, EnumerableConvention.INSTANCE, "TidemarkModifyRule")
                .withRuleFactory(ToEnumerableModifyRule::new)
                .toRule(ToEnumerableModifyRule.class);

        private ToEnumerableModifyRule(Config config) {
            super(config);
        }

        @Override
        public RelNode convert(RelNode rel) {
            TableModify m = (TableModify) rel;
            RelTraitSet traits = m.getTraitSet().replace(EnumerableConvention.INSTANCE);
            return new Enumerable(m.getCluster(), traits, m.getTable(), m.getCatalogReader(),
                    convert(m.getInput(), m.getInput().getTraitSet().replace(EnumerableConvention.INSTANCE)),
                    m.getOperation(), m.getUpdateColumnList(), m.getSourceExpressionList(), m.isFlattened());
        }
    }
}
