package dev.tidemark.calcite.internal.plan;

import dev.tidemark.calcite.internal.schema.TableShape;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelCollations;
import org.apache.calcite.rel.RelCollationTraitDef;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.tools.Program;
import org.apache.calcite.tools.Programs;

/**
 * Plans the most common statement shape without the cost-based planner: a SELECT of plain columns from
 * one table whose WHERE clause is a conjunction that the read can take entirely (key conditions as the
 * access path, the rest as its {@link RowPredicate}). Such a statement becomes one
 * {@link TidemarkEnumerableQuery} directly, as the rules would make it; anything else (joins, expressions,
 * aggregates, ORDER BY, LIMIT, DML, a condition part the read cannot evaluate) goes through Calcite's
 * standard program.
 */
public final class FastPath {
    private FastPath() {
    }

    /** Calcite's standard program, preceded by the fast path. */
    public static final Program PROGRAM = (planner, rel, requiredOutputTraits, materializations, lattices) -> {
        RelNode fast = plan(rel, requiredOutputTraits);
        return fast != null ? fast : Programs.standard().run(planner, rel, requiredOutputTraits, materializations, lattices);
    };

    /** The plan of a simple read, or null when the statement is not one. */
    static RelNode plan(RelNode rel, RelTraitSet required) {
        if (!required.contains(EnumerableConvention.INSTANCE)
                || !RelCollations.EMPTY.equals(required.getTrait(RelCollationTraitDef.INSTANCE))) {
            return null;
        }
        // (Project)* [Filter] (Project)* TidemarkQuery, every project of plain column references
        List<RelNode> chain = new ArrayList<>();
        RelNode node = rel;
        while (node instanceof LogicalProject || node instanceof LogicalFilter) {
            chain.add(node);
            node = node.getInput(0);
        }
        if (!(node instanceof TidemarkQuery query) || query.getClass() != TidemarkQuery.class) {
            return null;
        }
        QuerySpec spec = query.spec();
        if (spec.projection() != null || spec.forward() != null || spec.offset() != null || spec.fetch() != null
                || spec.residual() != null) {
            return null;
        }
        TableShape shape = query.tidemarkTable().shape();
        int[] mapping = new int[query.getRowType().getFieldCount()];
        for (int i = 0; i < mapping.length; i++) {
            mapping[i] = i;
        }
        boolean filtered = false;
        boolean projected = false;
        for (int k = chain.size() - 1; k >= 0; k--) {
            RelNode n = chain.get(k);
            if (n instanceof LogicalProject p) {
                List<RexNode> exprs = p.getProjects();
                int[] next = new int[exprs.size()];
                for (int i = 0; i < next.length; i++) {
                    if (!(exprs.get(i) instanceof RexInputRef ref)) {
                        return null;
                    }
                    next[i] = mapping[ref.getIndex()];
                }
                mapping = next;
                projected = true;
                continue;
            }
            LogicalFilter filter = (LogicalFilter) n;
            if (filtered || !filter.getVariablesSet().isEmpty()) {
                return null;
            }
            filtered = true;
            KeyConditionTranslator.Result r = new KeyConditionTranslator(shape, filter.getCluster().getRexBuilder(),
                    mapping, query.tidemarkTable().forcedIndex()).translate(filter.getCondition());
            List<RowPredicate> residual = new ArrayList<>();
            for (RexNode c : r.leftover()) {
                RowPredicate pr = RowPredicate.of(c, shape, mapping);
                if (pr == null) {
                    return null;
                }
                residual.add(pr);
            }
            if (r.access().kind() != AccessPath.Kind.SCAN) {
                spec = spec.withAccess(r.access());
            } else if (residual.isEmpty()) {
                // neither a key condition nor anything left over (a constant): let the planner simplify it
                return null;
            }
            if (!residual.isEmpty()) {
                spec = spec.withResidual(residual.size() == 1 ? residual.get(0) : new RowPredicate.Junction(true, residual));
            }
        }
        if (projected) {
            spec = spec.withProjection(mapping);
        }
        TidemarkEnumerableQuery out = new TidemarkEnumerableQuery(query.getCluster(),
                query.getCluster().traitSetOf(EnumerableConvention.INSTANCE), query.getTable(), query.tidemarkTable(), spec);
        // renamed columns keep Calcite's project on top
        if (!rel.getRowType().getFieldNames().equals(out.getRowType().getFieldNames())
                || !RelOptUtil.areRowTypesEqual(out.getRowType(), rel.getRowType(), false)) {
            return null;
        }
        return out;
    }
}
