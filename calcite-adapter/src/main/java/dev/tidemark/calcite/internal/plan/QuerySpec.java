package dev.tidemark.calcite.internal.plan;

import java.util.Arrays;
import java.util.Objects;

/**
 * Everything pushed into one engine read: the access path, the projected columns (table ordinals, or
 * null for all), the read direction when ORDER BY was pushed (null when not), OFFSET and FETCH, and a
 * filter evaluated on each item ({@link RowPredicate}).
 * Immutable; the runtime executes it.
 */
public final class QuerySpec {
    /** Nothing pushed: a full scan of all columns. */
    public static final QuerySpec EMPTY = new QuerySpec(AccessPath.SCAN, null, null, null, null, null);

    private final AccessPath access;
    private final int[] projection;
    private final Boolean forward;
    private final Operand offset;
    private final Operand fetch;
    private final RowPredicate residual;

    private QuerySpec(AccessPath access, int[] projection, Boolean forward, Operand offset, Operand fetch,
            RowPredicate residual) {
        this.access = access;
        this.projection = projection == null ? null : projection.clone();
        this.forward = forward;
        this.offset = offset;
        this.fetch = fetch;
        this.residual = residual;
    }

    /** With an access path. */
    public QuerySpec withAccess(AccessPath a) {
        return new QuerySpec(a, projection, forward, offset, fetch, residual);
    }

    /** With projected table ordinals. */
    public QuerySpec withProjection(int[] p) {
        return new QuerySpec(access, p, forward, offset, fetch, residual);
    }

    /** With a read direction and limits. */
    public QuerySpec withOrder(Boolean f, Operand off, Operand fet) {
        return new QuerySpec(access, projection, f, off, fet, residual);
    }

    /** With a filter evaluated on each item read (before OFFSET and FETCH). */
    public QuerySpec withResidual(RowPredicate r) {
        return new QuerySpec(access, projection, forward, offset, fetch, r);
    }

    /** The filter evaluated on each item read, or null. */
    public RowPredicate residual() {
        return residual;
    }

    /** The access path. */
    public AccessPath access() {
        return access;
    }

    /** Projected table ordinals, or null for all columns. */
    public int[] projection() {
        return projection == null ? null : projection.clone();
    }

    /** The table ordinal of output field {@code i}. */
    public int tableOrdinal(int i) {
        return projection == null ? i : projection[i];
    }

    /** True ascending, false descending, null when ORDER BY was not pushed. */
    public Boolean forward() {
        return forward;
    }

    /** OFFSET, or null. */
    public Operand offset() {
        return offset;
    }

    /** FETCH (LIMIT), or null. */
    public Operand fetch() {
        return fetch;
    }

    /** Whether nothing but the access path (if any) is set. */
    public boolean onlyAccess() {
        return projection == null && forward == null && offset == null && fetch == null && residual == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuerySpec q && q.access.equals(access) && Arrays.equals(q.projection, projection)
                && Objects.equals(q.forward, forward) && Objects.equals(q.offset, offset) && Objects.equals(q.fetch, fetch)
                && Objects.equals(q.residual, residual);
    }

    @Override
    public int hashCode() {
        return Objects.hash(access, Arrays.hashCode(projection), forward, offset, fetch, residual);
    }
}
