package dev.tidemark.calcite.internal.plan;

import dev.tidemark.calcite.internal.schema.TableShape;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRules;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelCollation;
import org.apache.calcite.rel.RelCollations;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterRule;
import org.apache.calcite.rel.rules.CoreRules;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.logical.LogicalSort;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.util.ImmutableBitSet;

/** The planner rules that push SQL operators into a {@link TidemarkQuery}. */
@SuppressWarnings("deprecation")
public final class TidemarkRules {
    private TidemarkRules() {
    }

    /** Adds the rules to a planner (called when a Tidemark table is part of a query). */
    public static void register(RelOptPlanner planner) {
        planner.addRule(FilterRule.INSTANCE);
        planner.addRule(ResidualRule.INSTANCE);
        planner.addRule(TidemarkAggregate.Rule.INSTANCE);
        planner.addRule(ProjectRule.INSTANCE);
        planner.addRule(SortRule.INSTANCE);
        planner.addRule(ToEnumerableRule.INSTANCE);
        planner.addRule(TidemarkModify.ToEnumerableModifyRule.INSTANCE);
        // Tidemark tables are written by TidemarkModify; Calcite's collection-based modify cannot write them
        planner.removeRule(EnumerableRules.ENUMERABLE_TABLE_MODIFICATION_RULE);
        // keep ORDER BY as a Sort node so that SortRule can turn it into the read direction
        planner.removeRule(CoreRules.SORT_REMOVE);
    }

    /** Filter over a bare read: the key conditions become the access path, the rest stays in a filter above. */
    static final class FilterRule extends RelOptRule {
        static final FilterRule INSTANCE = new FilterRule();

        private FilterRule() {
            super(operand(LogicalFilter.class, operand(TidemarkQuery.class, none())), "TidemarkFilterRule");
        }

        @Override
        public void onMatch(RelOptRuleCall call) {
            LogicalFilter filter = call.rel(0);
            TidemarkQuery query = call.rel(1);
            QuerySpec spec = query.spec();
            if (spec.forward() != null || spec.fetch() != null || spec.offset() != null
                    || spec.access().kind() != AccessPath.Kind.SCAN) {
                return;
            }
            TableShape shape = query.tidemarkTable().shape();
            int[] fieldToTable = new int[query.getRowType().getFieldCount()];
            for (int i = 0; i < fieldToTable.length; i++) {
                fieldToTable[i] = spec.tableOrdinal(i);
            }
            KeyConditionTranslator.Result r = new KeyConditionTranslator(shape, filter.getCluster().getRexBuilder(),
                    fieldToTable, query.tidemarkTable().forcedIndex()).translate(filter.getCondition());
            if (r.access().kind() == AccessPath.Kind.SCAN) {
                return;
            }
            RelNode pushed = query.with(query.spec().withAccess(r.access()), query.getTraitSet());
            if (!r.leftover().isEmpty()) {
                RexNode rest = RexUtil.composeConjunction(filter.getCluster().getRexBuilder(), r.leftover());
                pushed = LogicalFilter.create(pushed, rest);
            }
            call.transformTo(pushed);
        }
    }

    /**
     * Filter over a read: the conjuncts that {@link RowPredicate} can evaluate are tested on each item inside
     * the read (no row is built for an item that fails them); the rest stays in a filter above.
     */
    static final class ResidualRule extends RelOptRule {
        static final ResidualRule INSTANCE = new ResidualRule();

        private ResidualRule() {
            super(operand(LogicalFilter.class, operand(TidemarkQuery.class, none())), "TidemarkResidualRule");
        }

        @Override
        public void onMatch(RelOptRuleCall call) {
            LogicalFilter filter = call.rel(0);
            TidemarkQuery query = call.rel(1);
            QuerySpec spec = query.spec();
            if (spec.fetch() != null || spec.offset() != null || spec.residual() != null) {
                return;
            }
            TableShape shape = query.tidemarkTable().shape();
            int[] fieldToTable = new int[query.getRowType().getFieldCount()];
            for (int i = 0; i < fieldToTable.length; i++) {
                fieldToTable[i] = spec.tableOrdinal(i);
            }
            RexNode expanded = RexUtil.expandSearch(filter.getCluster().getRexBuilder(), null, filter.getCondition());
            List<RowPredicate> pushed = new ArrayList<>();
            List<RexNode> rest = new ArrayList<>();
            for (RexNode c : RelOptUtil.conjunctions(expanded)) {
                RowPredicate p = RowPredicate.of(c, shape, fieldToTable);
                if (p == null) {
                    rest.add(c);
                } else {
                    pushed.add(p);
                }
            }
            if (pushed.isEmpty()) {
                return;
            }
            RowPredicate residual = pushed.size() == 1 ? pushed.get(0) : new RowPredicate.Junction(true, pushed);
            RelNode read = query.with(spec.withResidual(residual), query.getTraitSet());
            if (!rest.isEmpty()) {
                read = LogicalFilter.create(read, RexUtil.composeConjunction(filter.getCluster().getRexBuilder(), rest));
            }
            call.transformTo(read);
        }
    }

    /** Project over a read: only the columns used are fetched; expressions stay in a project above. */
    static final class ProjectRule extends RelOptRule {
        static final ProjectRule INSTANCE = new ProjectRule();

        private ProjectRule() {
            super(operand(LogicalProject.class, operand(TidemarkQuery.class, none())), "TidemarkProjectRule");
        }

        @Override
        public void onMatch(RelOptRuleCall call) {
            LogicalProject project = call.rel(0);
            TidemarkQuery query = call.rel(1);
            QuerySpec spec = query.spec();
            if (spec.forward() != null) {
                return;
            }
            int total = query.getRowType().getFieldCount();
            ImmutableBitSet used = RelOptUtil.InputFinder.bits(project.getProjects(), null);
            if (used.cardinality() == total) {
                return;
            }
            int[] fields = used.isEmpty() ? new int[] {0} : used.toArray();
            int[] newIndex = new int[total];
            int[] projection = new int[fields.length];
            for (int i = 0; i < fields.length; i++) {
                newIndex[fields[i]] = i;
                projection[i] = spec.tableOrdinal(fields[i]);
            }
            TidemarkQuery narrowed = query.with(spec.withProjection(projection), query.getTraitSet());
            List<RexNode> exprs = new ArrayList<>();
            RexShuttle remap = new RexShuttle() {
                @Override
                public RexNode visitInputRef(RexInputRef ref) {
                    return new RexInputRef(newIndex[ref.getIndex()], ref.getType());
                }
            };
            for (RexNode e : project.getProjects()) {
                exprs.add(e.accept(remap));
            }
            boolean identity = exprs.size() == fields.length
                    && project.getRowType().getFieldNames().equals(narrowed.getRowType().getFieldNames());
            for (int i = 0; identity && i < exprs.size(); i++) {
                identity = exprs.get(i) instanceof RexInputRef ref && ref.getIndex() == i;
            }
            if (identity) {
                call.transformTo(narrowed);
            } else {
                call.transformTo(LogicalProject.create(narrowed, project.getHints(), exprs, project.getRowType(),
                        project.getVariablesSet()));
            }
        }
    }

    /** Sort and limit over a read: ORDER BY on the sort key within one partition becomes the read direction. */
    static final class SortRule extends RelOptRule {
        static final SortRule INSTANCE = new SortRule();

        private SortRule() {
            super(operand(LogicalSort.class, operand(TidemarkQuery.class, none())), "TidemarkSortRule");
        }

        @Override
        public void onMatch(RelOptRuleCall call) {
            LogicalSort sort = call.rel(0);
            TidemarkQuery query = call.rel(1);
            QuerySpec spec = query.spec();
            if (spec.forward() != null || spec.fetch() != null || spec.offset() != null) {
                return;
            }
            Operand offset = limitOperand(sort.offset);
            Operand fetch = limitOperand(sort.fetch);
            if (sort.offset != null && offset == null || sort.fetch != null && fetch == null) {
                return;
            }
            RelCollation collation = sort.getCollation();
            Boolean forward = null;
            if (!collation.getFieldCollations().isEmpty()) {
                AccessPath a = spec.access();
                if (collation.getFieldCollations().size() != 1 || !a.singlePartition()) {
                    return;
                }
                RelFieldCollation fc = collation.getFieldCollations().get(0);
                TableShape shape = query.tidemarkTable().shape();
                String column = shape.columns().get(spec.tableOrdinal(fc.getFieldIndex())).name();
                if (a.kind() != AccessPath.Kind.GET && !column.equals(a.sortKey())) {
                    return;
                }
                if (a.kind() == AccessPath.Kind.GET && !column.equals(shape.partitionKey())
                        && !column.equals(shape.sortKey())) {
                    return;
                }
                forward = switch (fc.getDirection()) {
                    case ASCENDING, STRICTLY_ASCENDING -> true;
                    case DESCENDING, STRICTLY_DESCENDING -> false;
                    default -> null;
                };
                if (forward == null) {
                    return;
                }
            } else if (fetch == null && offset == null) {
                return;
            }
            TidemarkQuery pushed = query.with(spec.withOrder(forward, offset, fetch),
                    query.getTraitSet().replace(forward == null ? RelCollations.EMPTY : collation));
            call.transformTo(pushed);
        }

        private static Operand limitOperand(RexNode n) {
            if (n == null) {
                return null;
            }
            if (n instanceof RexDynamicParam p) {
                return Operand.param(p.getIndex());
            }
            if (n instanceof RexLiteral lit) {
                return Operand.literal(lit.getValueAs(Long.class));
            }
            return null;
        }
    }

    /** Runs a read inside the enumerable engine. */
    static final class ToEnumerableRule extends ConverterRule {
        static final ToEnumerableRule INSTANCE = Config.INSTANCE
                .withConversion(TidemarkQuery.class, r -> true, TidemarkQuery.CONVENTION, EnumerableConvention.INSTANCE,
                        "TidemarkToEnumerableRule")
                .withRuleFactory(ToEnumerableRule::new)
                .toRule(ToEnumerableRule.class);

        private ToEnumerableRule(Config config) {
            super(config);
        }

        @Override
        public RelNode convert(RelNode rel) {
            TidemarkQuery q = (TidemarkQuery) rel;
            return new TidemarkEnumerableQuery(q.getCluster(), q.getTraitSet().replace(EnumerableConvention.INSTANCE),
                    q.getTable(), q.tidemarkTable(), q.spec());
        }
    }
}
