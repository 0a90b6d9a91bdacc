package dev.tidemark.engine.internal.expr;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Hand-written recursive-descent parser for the three grammars: conditions (4.4, also filters and key
 * conditions), updates (4.9) and projections (4.10). Produces trees with unresolved placeholders.
 */
final class Parser extends TokenStream {
    /** Boolean functions of the condition grammar with their argument counts. */
    private static final Set<String> CONDITION_FUNCTIONS = Set.of("attribute_exists", "attribute_not_exists",
        "attribute_type", "begins_with", "contains");
    private static final int MAX_NESTING = 600;
    /** Maximum operands of IN, including the left one. */
    static final int MAX_IN_OPERANDS = 100;

    private int nesting;

    private Parser(String text, ExprKind kind) {
        super(text, kind);
    }

    /** Parses a condition, filter or key condition expression. */
    static Ast.Node parseCondition(String text, ExprKind kind) {
        Parser p = new Parser(text, kind);
        Ast.Node n = p.parseOr();
        p.requireCondition(n);
        p.finish();
        return Ast.unwrap(n);
    }

    /** Parses an update expression. */
    static Ast.UpdateAst parseUpdate(String text) {
        Parser p = new Parser(text, ExprKind.UPDATE);
        Ast.UpdateAst u = p.update();
        p.finish();
        return u;
    }

    /** Parses a projection expression. */
    static List<Ast.Path> parseProjection(String text) {
        Parser p = new Parser(text, ExprKind.PROJECTION);
        List<Ast.Path> paths = new ArrayList<>();
        paths.add(p.parsePath());
        while (p.at(Token.Type.COMMA)) {
            p.next();
            paths.add(p.parsePath());
        }
        p.finish();
        return paths;
    }

    // ---------------------------------------------------------------- conditions

    private Ast.Node parseOr() {
        Ast.Node left = parseAnd();
        while (peek().isKeyword("OR")) {
            requireCondition(left);
            next();
            operators++;
            Ast.Node right = parseAnd();
            requireCondition(right);
            left = new Ast.Or(Ast.unwrap(left), Ast.unwrap(right));
        }
        return left;
    }

    private Ast.Node parseAnd() {
        Ast.Node left = parseNot();
        while (peek().isKeyword("AND")) {
            requireCondition(left);
            next();
            operators++;
            Ast.Node right = parseNot();
            requireCondition(right);
            left = new Ast.And(Ast.unwrap(left), Ast.unwrap(right));
        }
        return left;
    }

    /** {@code NOT} chains are read iteratively so that long chains cannot exhaust the stack. */
    private Ast.Node parseNot() {
        int nots = 0;
        while (peek().isKeyword("NOT")) {
            next();
            operators++;
            nots++;
        }
        Ast.Node n = parseComparison();
        if (nots == 0) {
            return n;
        }
        requireCondition(n);
        n = Ast.unwrap(n);
        for (int i = 0; i < nots; i++) {
            n = new Ast.Not(n);
        }
        return n;
    }

    /** A bare operand is not a condition: syntax error at the token after it (size() is a misuse). */
    private void requireCondition(Ast.Node n) {
        Ast.Node u = Ast.unwrap(n);
        if (Ast.isCondition(u)) {
            return;
        }
        if (u instanceof Ast.Size) {
            misused("size");
            return;
        }
        throw syntaxError();
    }

    private Ast.Node parseComparison() {
        Ast.Node left = parsePrimary();
        Token t = peek();
        Ast.CmpOp op = switch (t.type()) {
            case EQ -> Ast.CmpOp.EQ;
            case NE -> Ast.CmpOp.NE;
            case LT -> Ast.CmpOp.LT;
            case LE -> Ast.CmpOp.LE;
            case GT -> Ast.CmpOp.GT;
            case GE -> Ast.CmpOp.GE;
            default -> null;
        };
        if (op != null) {
            requireOperand(left);
            next();
            operators++;
            Ast.Node right = operand();
            return new Ast.Compare(Ast.unwrap(left), op, right);
        }
        if (t.isKeyword("BETWEEN")) {
            requireOperand(left);
            next();
            operators++;
            Ast.Node low = operand();
            if (!peek().isKeyword("AND")) {
                throw syntaxError();
            }
            next();
            Ast.Node high = operand();
            return new Ast.Between(Ast.unwrap(left), low, high);
        }
        if (t.isKeyword("IN")) {
            requireOperand(left);
            next();
            operators++;
            expect(Token.Type.LPAREN);
            List<Ast.Node> list = new ArrayList<>();
            list.add(operand());
            while (at(Token.Type.COMMA)) {
                next();
                list.add(operand());
            }
            expect(Token.Type.RPAREN);
            if (list.size() + 1 > MAX_IN_OPERANDS) {
                defer(OTHER, "The IN operator is provided with too many operands; number of operands: "
                    + (list.size() + 1));
            }
            return new Ast.In(Ast.unwrap(left), list);
        }
        return left;
    }

    /** An operand position: a condition there is a syntax error, a boolean function a misuse. */
    private Ast.Node operand() {
        Ast.Node n = parsePrimary();
        requireOperand(n);
        return Ast.unwrap(n);
    }

    private void requireOperand(Ast.Node n) {
        Ast.Node u = Ast.unwrap(n);
        if (u instanceof Ast.Func f) {
            misused(f.name());
        } else if (Ast.isCondition(u)) {
            throw syntaxError();
        }
    }

    private Ast.Node parsePrimary() {
        Token t = peek();
        switch (t.type()) {
            case LPAREN -> {
                next();
                enter();
                Ast.Node inner = parseOr();
                nesting--;
                expect(Token.Type.RPAREN);
                if (inner instanceof Ast.Paren) {
                    defer(REDUNDANT, "The expression has redundant parentheses;");
                }
                return new Ast.Paren(inner);
            }
            case VALUE_REF -> {
                next();
                return new Ast.ValueRef(t.text());
            }
            case IDENT -> {
                if (peek(1).type() == Token.Type.LPAREN && !isKeyword(t)) {
                    return conditionFunction();
                }
                return parsePath();
            }
            case NAME_REF -> {
                return parsePath();
            }
            default -> throw syntaxError();
        }
    }

    private void enter() {
        if (++nesting > MAX_NESTING) {
            throw kind.error("The expression contains too many operators; operator count: "
                + Math.max(MAX_OPERATORS + 1, operators));
        }
    }

    private Ast.Node conditionFunction() {
        String name = next().text();
        List<Ast.Node> args = arguments(this::functionArgument);
        if (name.equals("size")) {
            checkArgCount(name, args.size(), 1);
            Ast.Node arg = args.isEmpty() ? new Ast.ValueRef(":") : args.get(0);
            if (arg instanceof Ast.Size) {
                misused("size");
            }
            return new Ast.Size(arg);
        }
        if (!CONDITION_FUNCTIONS.contains(name)) {
            defer(UNKNOWN_FUNCTION, "Invalid function name; function: " + name);
            return new Ast.Func(name, args);
        }
        int expected = name.startsWith("attribute_") && !name.equals("attribute_type") ? 1 : 2;
        checkArgCount(name, args.size(), expected);
        if (!args.isEmpty() && (name.equals("attribute_exists") || name.equals("attribute_not_exists"))
            && !(args.get(0) instanceof Ast.Path)) {
            defer(MISUSED, "Operator or function requires a document path; operator or function: " + name);
        }
        return new Ast.Func(name, args);
    }

    private Ast.Node functionArgument() {
        Ast.Node n = parsePrimary();
        requireOperand(n);
        return Ast.unwrap(n);
    }

    private List<Ast.Node> arguments(java.util.function.Supplier<Ast.Node> argument) {
        expect(Token.Type.LPAREN);
        enter();
        List<Ast.Node> args = new ArrayList<>();
        args.add(argument.get());
        while (at(Token.Type.COMMA)) {
            next();
            args.add(argument.get());
        }
        expect(Token.Type.RPAREN);
        nesting--;
        return args;
    }

    // ---------------------------------------------------------------- updates

    private Ast.UpdateAst update() {
        List<Ast.Action> actions = new ArrayList<>();
        EnumSet<Ast.Clause> seen = EnumSet.noneOf(Ast.Clause.class);
        do {
            Token t = peek();
            Ast.Clause clause = clauseOf(t);
            if (clause == null) {
                throw syntaxError();
            }
            next();
            if (!seen.add(clause)) {
                throw kind.error("The \"" + clause + "\" section can only be used once in an update expression;");
            }
            actions.add(action(clause));
            while (at(Token.Type.COMMA)) {
                next();
                actions.add(action(clause));
            }
        } while (!at(Token.Type.EOF));
        return new Ast.UpdateAst(actions);
    }

    private static Ast.Clause clauseOf(Token t) {
        if (t.type() != Token.Type.IDENT) {
            return null;
        }
        return switch (t.text().toUpperCase(Locale.ROOT)) {
            case "SET" -> Ast.Clause.SET;
            case "REMOVE" -> Ast.Clause.REMOVE;
            case "ADD" -> Ast.Clause.ADD;
            case "DELETE" -> Ast.Clause.DELETE;
            default -> null;
        };
    }

    private Ast.Action action(Ast.Clause clause) {
        Ast.Path path = parsePath();
        switch (clause) {
            case SET -> {
                expect(Token.Type.EQ);
                Ast.Node left = updateOperand();
                if (at(Token.Type.PLUS) || at(Token.Type.MINUS)) {
                    boolean minus = next().type() == Token.Type.MINUS;
                    operators++;
                    Ast.Node right = updateOperand();
                    return new Ast.Action(clause, path, new Ast.Arith(left, minus, right));
                }
                return new Ast.Action(clause, path, left);
            }
            case REMOVE -> {
                return new Ast.Action(clause, path, null);
            }
            default -> {
                Token v = expect(Token.Type.VALUE_REF);
                return new Ast.Action(clause, path, new Ast.ValueRef(v.text()));
            }
        }
    }

    private Ast.Node updateOperand() {
        Token t = peek();
        if (t.type() == Token.Type.VALUE_REF) {
            next();
            return new Ast.ValueRef(t.text());
        }
        if (t.type() == Token.Type.IDENT && peek(1).type() == Token.Type.LPAREN && !isKeyword(t)) {
            return updateFunction();
        }
        return parsePath();
    }

    private Ast.Node updateFunction() {
        String name = next().text();
        operators++;
        List<Ast.Node> args = arguments(this::updateOperand);
        switch (name) {
            case "if_not_exists" -> {
                checkArgCount(name, args.size(), 2);
                if (!(args.get(0) instanceof Ast.Path p)) {
                    defer(MISUSED, "Operator or function requires a document path; operator or function: " + name);
                    return new Ast.IfNotExists(new Ast.Path(List.of(new Ast.Name("?"))), args.get(0));
                }
                return new Ast.IfNotExists(p, args.size() > 1 ? args.get(1) : p);
            }
            case "list_append" -> {
                checkArgCount(name, args.size(), 2);
                for (Ast.Node a : args) {
                    if (a instanceof Ast.ListAppend) {
                        misused(name);
                    }
                }
                return new Ast.ListAppend(args.get(0), args.size() > 1 ? args.get(1) : args.get(0));
            }
            default -> {
                if (CONDITION_FUNCTIONS.contains(name) || name.equals("size")) {
                    defer(UNKNOWN_FUNCTION, "The function is not allowed in an update expression; function: " + name);
                } else {
                    defer(UNKNOWN_FUNCTION, "Invalid function name; function: " + name);
                }
                return new Ast.ListAppend(args.get(0), args.get(0));
            }
        }
    }
}
