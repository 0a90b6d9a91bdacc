package dev.tidemark.engine.internal.expr;

import dev.tidemark.engine.model.AttributeValue;
import java.util.List;

/**
 * Syntax tree node types of all expression kinds. A tree straight from the parser holds
 * placeholders ({@link NameRef}, {@link ValueRef}); {@link Resolver} turns it into a tree of the same
 * types holding only {@link Name}s and {@link Literal}s.
 */
final class Ast {
    private Ast() {
    }

    /** One element of a document path. */
    sealed interface Elem permits Name, NameRef, Index {
    }

    /** A map member or top-level attribute name (literal, or already resolved). */
    record Name(String name) implements Elem {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A {@code #name} placeholder, before resolution. */
    record NameRef(String ref) implements Elem {
        @Override
        public String toString() {
            return ref;
        }
    }

    /** A list index {@code [n]}. */
    record Index(int index) implements Elem {
        @Override
        public String toString() {
            return "[" + index + "]";
        }
    }

    /** Any node: an operand, a condition, an update action. */
    sealed interface Node permits Path, ValueRef, Literal, Size, Compare, Between, In, Func, And, Or, Not,
        Paren, IfNotExists, ListAppend, Arith {
    }

    /** A document path (section 4.2). */
    record Path(List<Elem> elems) implements Node {
        Path {
            elems = List.copyOf(elems);
        }

        /** The top-level attribute name (resolved paths only). */
        String top() {
            return ((Name) elems.get(0)).name();
        }

        /** Whether the path has more than one element. */
        boolean nested() {
            return elems.size() > 1;
        }

        /** The path as DynamoDB shows it in messages: {@code [a, b, [1]]}. */
        @Override
        public String toString() {
            return elems.toString();
        }
    }

    /** A {@code :value} placeholder, before resolution. */
    record ValueRef(String ref) implements Node {
    }

    /** A resolved {@code :value}; {@code ref} is the placeholder it came from. */
    record Literal(AttributeValue value, String ref) implements Node {
    }

    /** {@code size(arg)}, an operand. */
    record Size(Node arg) implements Node {
    }

    /** Comparison operators. */
    enum CmpOp {
        EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

        final String symbol;

        CmpOp(String symbol) {
            this.symbol = symbol;
        }
    }

    /** {@code left op right}. */
    record Compare(Node left, CmpOp op, Node right) implements Node {
    }

    /** {@code value BETWEEN low AND high}. */
    record Between(Node value, Node low, Node high) implements Node {
    }

    /** {@code value IN (list...)}. */
    record In(Node value, List<Node> list) implements Node {
        In {
            list = List.copyOf(list);
        }
    }

    /** A boolean function call of the condition grammar (section 4.6). */
    record Func(String name, List<Node> args) implements Node {
        Func {
            args = List.copyOf(args);
        }
    }

    /** {@code left AND right}. */
    record And(Node left, Node right) implements Node {
    }

    /** {@code left OR right}. */
    record Or(Node left, Node right) implements Node {
    }

    /** {@code NOT cond}. */
    record Not(Node cond) implements Node {
    }

    /** A parenthesised node; only while parsing (to find redundant parentheses). */
    record Paren(Node inner) implements Node {
    }

    /** {@code if_not_exists(path, fallback)} of update expressions. */
    record IfNotExists(Path path, Node fallback) implements Node {
    }

    /** {@code list_append(first, second)} of update expressions. */
    record ListAppend(Node first, Node second) implements Node {
    }

    /** {@code left + right} or {@code left - right} of update expressions. */
    record Arith(Node left, boolean minus, Node right) implements Node {
    }

    /** The four update clauses. */
    enum Clause { SET, REMOVE, ADD, DELETE }

    /**
     * One update action.
     *
     * @param clause the clause it belongs to
     * @param path the target path
     * @param value the right-hand side (SET), the value operand (ADD, DELETE) or null (REMOVE)
     */
    record Action(Clause clause, Path path, Node value) {
    }

    /** A parsed update expression. */
    record UpdateAst(List<Action> actions) {
        UpdateAst {
            actions = List.copyOf(actions);
        }
    }

    /** Whether a node is a condition (as opposed to an operand). */
    static boolean isCondition(Node n) {
        return n instanceof Compare || n instanceof Between || n instanceof In || n instanceof Func
            || n instanceof And || n instanceof Or || n instanceof Not;
    }

    /** Strips parentheses. */
    static Node unwrap(Node n) {
        while (n instanceof Paren p) {
            n = p.inner();
        }
        return n;
    }
}
