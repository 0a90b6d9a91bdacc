package dev.tidemark.engine.internal.expr;

import dev.tidemark.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.List;

/** Checks of a resolved update expression that need the request but not the item (section 4.9). */
final class UpdateChecks {
    private UpdateChecks() {
    }

    /** Validates the update; {@code hashName}/{@code rangeName} are the table key (range may be null). */
    static void check(Ast.UpdateAst u, String hashName, String rangeName) {
        List<Ast.Path> targets = new ArrayList<>();
        for (Ast.Action a : u.actions()) {
            targets.add(a.path());
        }
        PathChecks.checkDisjoint(ExprKind.UPDATE, targets);
        for (Ast.Action a : u.actions()) {
            PathChecks.checkNotKey(a.path(), hashName, rangeName);
        }
        for (Ast.Action a : u.actions()) {
            switch (a.clause()) {
                case SET -> value(a.value());
                case ADD -> {
                    AttributeValue v = ((Ast.Literal) a.value()).value();
                    AttributeValue.Type t = v.type();
                    if (t != AttributeValue.Type.N && !isSet(t)) {
                        throw clauseType("ADD", t);
                    }
                }
                case DELETE -> {
                    AttributeValue.Type t = ((Ast.Literal) a.value()).value().type();
                    if (!isSet(t)) {
                        throw clauseType("DELETE", t);
                    }
                }
                default -> {
                }
            }
        }
    }

    private static void value(Ast.Node n) {
        if (n instanceof Ast.Arith ar) {
            String op = ar.minus() ? "-" : "+";
            requireType(op, ar.left(), AttributeValue.Type.N);
            requireType(op, ar.right(), AttributeValue.Type.N);
            value(ar.left());
            value(ar.right());
        } else if (n instanceof Ast.ListAppend la) {
            requireType("list_append", la.first(), AttributeValue.Type.L);
            requireType("list_append", la.second(), AttributeValue.Type.L);
            value(la.first());
            value(la.second());
        } else if (n instanceof Ast.IfNotExists ine) {
            value(ine.fallback());
        }
    }

    private static void requireType(String op, Ast.Node n, AttributeValue.Type type) {
        if (n instanceof Ast.Literal lit && lit.value().type() != type) {
            throw ExprKind.UPDATE.error("Incorrect operand type for operator or function; operator or function: " + op
                + ", operand type: " + lit.value().type());
        }
    }

    static boolean isSet(AttributeValue.Type t) {
        return t == AttributeValue.Type.SS || t == AttributeValue.Type.NS || t == AttributeValue.Type.BS;
    }

    private static RuntimeException clauseType(String clause, AttributeValue.Type t) {
        return ExprKind.UPDATE.error("Incorrect operand type for operator or function; operator: " + clause
            + ", operand type: " + longName(t));
    }

    /** The long type names DynamoDB uses in ADD/DELETE messages. */
    static String longName(AttributeValue.Type t) {
        return switch (t) {
            case S -> "STRING";
            case N -> "NUMBER";
            case B -> "BINARY";
            case BOOL -> "BOOLEAN";
            case NULL -> "NULL";
            case M -> "MAP";
            case L -> "LIST";
            case SS -> "STRING_SET";
            case NS -> "NUMBER_SET";
            case BS -> "BINARY_SET";
        };
    }
}
