package dev.tidemark.engine.internal.expr;

import dev.tidemark.engine.ValidationException;

/** The five expression parameters of a request; decides the prefix of error messages. */
public enum ExprKind {
    /** {@code ConditionExpression}. */
    CONDITION("ConditionExpression"),
    /** {@code FilterExpression}. */
    FILTER("FilterExpression"),
    /** {@code KeyConditionExpression}. */
    KEY_CONDITION("KeyConditionExpression"),
    /** {@code UpdateExpression}. */
    UPDATE("UpdateExpression"),
    /** {@code ProjectionExpression}. */
    PROJECTION("ProjectionExpression");

    private final String parameter;

    ExprKind(String parameter) {
        this.parameter = parameter;
    }

    /** The request parameter name, for example {@code ConditionExpression}. */
    public String parameter() {
        return parameter;
    }

    /** A validation error with the {@code Invalid <Kind>Expression: } prefix. */
    ValidationException error(String detail) {
        return new ValidationException("Invalid " + parameter + ": " + detail);
    }

    /** Whether the expression uses the condition grammar (section 4.4). */
    boolean isConditionGrammar() {
        return this == CONDITION || this == FILTER || this == KEY_CONDITION;
    }
}
