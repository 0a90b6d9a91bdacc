package dev.tidemark.spring.repository.query;

import dev.tidemark.spring.core.mapping.TidemarkPersistentEntity;
import dev.tidemark.spring.core.mapping.TidemarkPersistentEntity.AccessPath;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.parser.Part;
import org.springframework.data.repository.query.parser.Part.Type;
import org.springframework.data.repository.query.parser.PartTree;

/**
 * How a derived query reads its items, decided once when the repository is created: each OR
 * branch becomes a Query on the table or on the secondary index whose keys its equality and range
 * conditions match best, or — only where scans are allowed — the whole method becomes one Scan
 * with a filter. Conditions that are not key conditions become the filter expression; those the
 * engine cannot evaluate (IgnoreCase, EndingWith) are tested on the entities read.
 *
 * <p>Ranking of candidates per branch: a partition-key equality is required (an {@code In} on a
 * partition key also qualifies, ranked lower: it becomes one Query per value, merged); then an equality on
 * the sort key beats a range or prefix condition on it, which beats none; a sort key matching the
 * method's OrderBy breaks ties; the table wins remaining ties, then indexes in declaration order.
 * Indexes that do not project all attributes are not used (they would return partial entities).
 */
public final class QueryPlan {
    /** Part types a sort-key condition can express. */
    static final Set<Type> SORT_KEY_TYPES = EnumSet.of(Type.SIMPLE_PROPERTY, Type.BETWEEN, Type.LESS_THAN,
        Type.LESS_THAN_EQUAL, Type.GREATER_THAN, Type.GREATER_THAN_EQUAL, Type.BEFORE, Type.AFTER, Type.STARTING_WITH);
    /** Part types the engine's filter expressions can express. */
    static final Set<Type> FILTER_TYPES = EnumSet.of(Type.SIMPLE_PROPERTY, Type.NEGATING_SIMPLE_PROPERTY, Type.BETWEEN,
        Type.LESS_THAN, Type.LESS_THAN_EQUAL, Type.GREATER_THAN, Type.GREATER_THAN_EQUAL, Type.BEFORE, Type.AFTER,
        Type.STARTING_WITH, Type.CONTAINING, Type.NOT_CONTAINING, Type.IN, Type.NOT_IN, Type.IS_NULL, Type.IS_NOT_NULL,
        Type.TRUE, Type.FALSE, Type.EXISTS);
    /** Part types that can be tested on entities in memory. */
    static final Set<Type> MEMORY_TYPES = EnumSet.of(Type.SIMPLE_PROPERTY, Type.NEGATING_SIMPLE_PROPERTY,
        Type.STARTING_WITH, Type.ENDING_WITH, Type.CONTAINING, Type.NOT_CONTAINING, Type.IN, Type.NOT_IN);

    /**
     * One OR branch read as a Query (or, with {@code path == null}, as part of a Scan).
     *
     * @param path the table or index queried, or null for a scan
     * @param partition the partition-key equality
     * @param sort the sort-key condition, or null
     * @param filter conditions for the filter expression
     * @param residual conditions tested in memory
     * @param rawFilter a filter expression written on the method ({@code @Query}), or null
     * @param rawParams the method arguments its {@code :name} placeholders refer to, by name
     */
    public record Branch(AccessPath path, Part partition, Part sort, List<Part> filter, List<Part> residual,
                         String rawFilter, Map<String, Integer> rawParams) {
        Branch(AccessPath path, Part partition, Part sort, List<Part> filter, List<Part> residual) {
            this(path, partition, sort, filter, residual, null, Map.of());
        }
    }

    private final List<Branch> branches;
    private final boolean scan;
    private final Map<Part, Integer> argIndex;

    private QueryPlan(List<Branch> branches, boolean scan, Map<Part, Integer> argIndex) {
        this.branches = branches;
        this.scan = scan;
        this.argIndex = argIndex;
    }

    /**
     * A plan for a method with {@code @Query}: one branch with the given key conditions (as parts
     * whose arguments sit at the given positions) and filter.
     *
     * @param branch the branch
     * @param argIndex the argument position of each key part
     * @param scan whether it reads with a Scan
     * @return the plan
     */
    static QueryPlan of(Branch branch, Map<Part, Integer> argIndex, boolean scan) {
        return new QueryPlan(List.of(branch), scan, argIndex);
    }

    /** The branches: one per OR part (one in total for a scan). */
    public List<Branch> branches() {
        return branches;
    }

    /** Whether the method reads with a Scan. */
    public boolean isScan() {
        return scan;
    }

    /** Whether the method runs a single Query or Scan (so keyset paging works). */
    public boolean isSingle() {
        return scan || (branches.size() == 1 && branches.get(0).partition().getType() != Type.IN);
    }

    /** The index of the first argument of a part among the method's bindable arguments. */
    int argIndex(Part part) {
        return argIndex.get(part);
    }

    /**
     * Plans a part tree.
     *
     * @param method the method name, for messages
     * @param tree the parsed method name
     * @param entity the entity metamodel
     * @param allowScan whether scans (and in-memory sorting) are allowed
     * @return the plan
     * @throws IllegalStateException naming the method when it cannot run without a scan that is not allowed,
     *     or uses a keyword Tidemark does not support
     */
    public static QueryPlan plan(String method, PartTree tree, TidemarkPersistentEntity entity, boolean allowScan) {
        Map<Part, Integer> args = new IdentityHashMap<>();
        int next = 0;
        List<List<Part>> ors = new ArrayList<>();
        for (PartTree.OrPart or : tree) {
            List<Part> ands = new ArrayList<>();
            for (Part p : or) {
                check(method, p, entity);
                args.put(p, next);
                next += p.getNumberOfArguments();
                ands.add(p);
            }
            ors.add(ands);
        }
        String orderBy = tree.getSort().isSorted() ? tree.getSort().iterator().next().getProperty() : null;
        List<Branch> branches = new ArrayList<>();
        boolean needsScan = ors.isEmpty();
        for (List<Part> ands : ors) {
            Branch b = planBranch(ands, entity, orderBy);
            if (b == null) {
                needsScan = true;
                break;
            }
            branches.add(b);
        }
        if (needsScan) {
            if (!allowScan) {
                throw new IllegalStateException("Query method " + method + " needs a scan of table "
                    + entity.type().getSimpleName() + ": no key of the table or of an index matches an equality on"
                    + " its partition key" + (ors.size() > 1 ? " in every OR branch" : "")
                    + ". Add a condition on a partition key, or annotate the method or repository with @AllowScan");
            }
            List<Branch> scanBranches = new ArrayList<>();
            for (List<Part> ands : ors) {
                List<Part> filter = new ArrayList<>();
                List<Part> residual = new ArrayList<>();
                for (Part p : ands) {
                    (pushable(p) ? filter : residual).add(p);
                }
                scanBranches.add(new Branch(null, null, null, filter, residual));
            }
            return new QueryPlan(scanBranches, true, args);
        }
        QueryPlan plan = new QueryPlan(branches, false, args);
        if (tree.getSort().isSorted() && !allowScan && plan.orderBy(tree.getSort()) == null) {
            throw new IllegalStateException("Query method " + method + " sorts by " + tree.getSort()
                + " but reads " + branches.get(0).path().describe() + (branches.size() > 1 ? " in several queries" : "")
                + ", whose order is its sort key " + branches.get(0).path().sortKey()
                + "; sort by that key or annotate the method or repository with @AllowScan to sort in memory");
        }
        return plan;
    }

    /**
     * Whether a sort can come from the engine: null when it cannot (it must be done in memory),
     * otherwise whether to read in descending key order.
     *
     * @param sort the requested sort
     * @return TRUE for descending, FALSE for ascending or unsorted, null when the engine cannot sort so
     */
    public Boolean orderBy(Sort sort) {
        if (sort.isUnsorted()) {
            return Boolean.FALSE;
        }
        if (scan || !isSingle()) {
            return null;
        }
        List<Sort.Order> orders = sort.toList();
        String sk = branches.get(0).path().sortKey();
        if (orders.size() != 1 || sk == null || !orders.get(0).getProperty().equals(sk)) {
            return null;
        }
        return orders.get(0).isDescending();
    }

    private static void check(String method, Part p, TidemarkPersistentEntity entity) {
        if (p.getProperty().hasNext()) {
            throw new IllegalStateException("Query method " + method + ": nested property "
                + p.getProperty().toDotPath() + " is not supported in derived queries");
        }
        if (!pushable(p) && !MEMORY_TYPES.contains(p.getType())) {
            throw new IllegalStateException("Query method " + method + ": keyword " + p.getType()
                + (ignoresCase(p) ? " with IgnoreCase" : "") + " on " + p.getProperty().getSegment()
                + " is not supported by Tidemark");
        }
        if (entity.property(p.getProperty().getSegment()).isEmpty()) {
            throw new IllegalStateException("Query method " + method + ": " + p.getProperty().getSegment()
                + " is not a mapped property of " + entity.type().getSimpleName());
        }
    }

    static boolean ignoresCase(Part p) {
        return p.shouldIgnoreCase() == Part.IgnoreCaseType.ALWAYS
            || (p.shouldIgnoreCase() == Part.IgnoreCaseType.WHEN_POSSIBLE && p.getProperty().getType() == String.class);
    }

    static boolean pushable(Part p) {
        return FILTER_TYPES.contains(p.getType()) && !ignoresCase(p);
    }

    private static Branch planBranch(List<Part> ands, TidemarkPersistentEntity entity, String orderBy) {
        Branch best = null;
        int bestScore = -1;
        for (AccessPath path : entity.accessPaths()) {
            if (!path.allAttributes()) {
                continue;
            }
            Part pk = null;
            for (Part p : ands) {
                if ((p.getType() == Type.SIMPLE_PROPERTY || p.getType() == Type.IN) && !ignoresCase(p)
                    && p.getProperty().getSegment().equals(path.partitionKey())
                    && (pk == null || pk.getType() == Type.IN)) {
                    pk = p;
                }
            }
            if (pk == null) {
                continue;
            }
            Part sk = null;
            int score = pk.getType() == Type.IN ? 6 : 10;
            if (path.sortKey() != null) {
                for (Part p : ands) {
                    if (p != pk && SORT_KEY_TYPES.contains(p.getType()) && !ignoresCase(p)
                        && p.getProperty().getSegment().equals(path.sortKey())) {
                        int s = p.getType() == Type.SIMPLE_PROPERTY ? 5 : 3;
                        if (sk == null || s > (sk.getType() == Type.SIMPLE_PROPERTY ? 5 : 3)) {
                            sk = p;
                        }
                    }
                }
                if (sk != null) {
                    score += sk.getType() == Type.SIMPLE_PROPERTY ? 5 : 3;
                }
                if (path.sortKey().equals(orderBy)) {
                    score += 2;
                }
            }
            if (score > bestScore) {
                List<Part> filter = new ArrayList<>();
                List<Part> residual = new ArrayList<>();
                for (Part p : ands) {
                    if (p != pk && p != sk) {
                        (pushable(p) ? filter : residual).add(p);
                    }
                }
                best = new Branch(path, pk, sk, filter, residual);
                bestScore = score;
            }
        }
        return best;
    }
}
