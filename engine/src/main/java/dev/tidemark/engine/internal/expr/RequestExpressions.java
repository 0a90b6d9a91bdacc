package dev.tidemark.engine.internal.expr;

import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.internal.value.ItemSize;
import dev.tidemark.engine.internal.value.Values;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.ScalarAttributeType;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Everything the engine needs from the expressions of ONE request: parsed (cached by text), with the
 * request's placeholders substituted, and validated as a whole (section 4), including the check that
 * every ExpressionAttributeNames/Values entry is used by some expression of the request.
 */
public final class RequestExpressions {
    /** Maximum expression size in UTF-8 bytes (section 4.4). */
    static final int MAX_EXPRESSION_BYTES = 4096;
    /** Longest {@code #name} or {@code :value} token, in bytes. */
    static final int MAX_TOKEN_BYTES = 255;
    /** Largest total size of ExpressionAttributeNames and ExpressionAttributeValues, in bytes. */
    static final long MAX_NAMES_AND_VALUES_BYTES = 2L << 20;
    private static final Pattern NAME_KEY = Pattern.compile("#[A-Za-z0-9_]+");
    private static final Pattern VALUE_KEY = Pattern.compile(":[A-Za-z0-9_]+");

    private final Condition condition;
    private final Condition filter;
    private final KeyCondition keyCondition;
    private final Update update;
    private final Projection projection;

    private RequestExpressions(Condition condition, Condition filter, KeyCondition keyCondition, Update update,
                               Projection projection) {
        this.condition = condition;
        this.filter = filter;
        this.keyCondition = keyCondition;
        this.update = update;
        this.projection = projection;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The ConditionExpression, or {@code null} when absent. */
    public Condition condition() {
        return condition;
    }

    /** The FilterExpression, or {@code null} when absent. */
    public Condition filter() {
        return filter;
    }

    /** The KeyConditionExpression, or {@code null} when absent. */
    public KeyCondition keyCondition() {
        return keyCondition;
    }

    /** The UpdateExpression, or {@code null} when absent. */
    public Update update() {
        return update;
    }

    /** The ProjectionExpression, or {@code null} when absent. */
    public Projection projection() {
        return projection;
    }

    /**
     * Collects the expression parameters of one request. Each expression string may be null (absent);
     * names and values may be null.
     */
    public static final class Builder {
        private String condition;
        private String filter;
        private String keyCondition;
        private String update;
        private String projection;
        private Map<String, String> names;
        private Map<String, AttributeValue> values;
        private String hashName;
        private String rangeName;
        private String queryHash;
        private ScalarAttributeType queryHashType;
        private String queryRange;
        private ScalarAttributeType queryRangeType;

        private Builder() {
        }

        /** The ConditionExpression. */
        public Builder condition(String conditionExpression) {
            this.condition = conditionExpression;
            return this;
        }

        /** The FilterExpression. */
        public Builder filter(String filterExpression) {
            this.filter = filterExpression;
            return this;
        }

        /** The KeyConditionExpression. */
        public Builder keyCondition(String keyConditionExpression) {
            this.keyCondition = keyConditionExpression;
            return this;
        }

        /** The UpdateExpression. */
        public Builder update(String updateExpression) {
            this.update = updateExpression;
            return this;
        }

        /** The ProjectionExpression. */
        public Builder projection(String projectionExpression) {
            this.projection = projectionExpression;
            return this;
        }

        /** ExpressionAttributeNames (may be null). */
        public Builder names(Map<String, String> expressionAttributeNames) {
            this.names = expressionAttributeNames;
            return this;
        }

        /** ExpressionAttributeValues, already validated and normalised (may be null). */
        public Builder values(Map<String, AttributeValue> expressionAttributeValues) {
            this.values = expressionAttributeValues;
            return this;
        }

        /**
         * The table's key attribute names: hash, and range (null if none). Used to reject updates of key
         * attributes and nested paths into them.
         */
        public Builder tableKey(String hashName, String rangeName) {
            this.hashName = hashName;
            this.rangeName = rangeName;
            return this;
        }

        /**
         * For Query: the key the KeyConditionExpression must address (the table's or an index's), with
         * types. The FilterExpression may not reference these attributes.
         */
        public Builder queryKey(String hashName, ScalarAttributeType hashType, String rangeName,
                                ScalarAttributeType rangeType) {
            this.queryHash = hashName;
            this.queryHashType = hashType;
            this.queryRange = rangeName;
            this.queryRangeType = rangeType;
            return this;
        }

        /**
         * Parses (cached), resolves placeholders and validates everything, including unused and
         * undefined names and values across all expressions of the request.
         *
         * @throws ValidationException with DynamoDB's message for the first problem found
         */
        public RequestExpressions build() {
            boolean any = condition != null || filter != null || keyCondition != null || update != null
                || projection != null;
            if (names != null && !any) {
                throw new ValidationException("ExpressionAttributeNames can only be specified when using expressions");
            }
            if (values != null && !any) {
                throw new ValidationException("ExpressionAttributeValues can only be specified when using expressions");
            }
            if (names != null && names.isEmpty()) {
                throw new ValidationException("ExpressionAttributeNames must not be empty");
            }
            if (values != null && values.isEmpty()) {
                throw new ValidationException("ExpressionAttributeValues must not be empty");
            }
            checkKeys("ExpressionAttributeNames", names, NAME_KEY);
            checkKeys("ExpressionAttributeValues", values, VALUE_KEY);
            checkTotalSize(names, values);
            Set<String> usedNames = new HashSet<>();
            Set<String> usedValues = new HashSet<>();

            KeyCondition kc = null;
            if (keyCondition != null) {
                Ast.Node n = condition(ExprKind.KEY_CONDITION, keyCondition, usedNames, usedValues);
                if (queryHash == null) {
                    throw new IllegalStateException("a KeyConditionExpression needs queryKey(...)");
                }
                {
                    kc = KeyCondition.of(n, queryHash, queryHashType, queryRange, queryRangeType);
                }
            }
            Condition f = null;
            if (filter != null) {
                Ast.Node n = condition(ExprKind.FILTER, filter, usedNames, usedValues);
                if (queryHash != null) {
                    ConditionChecks.forEachPath(n, p -> {
                        String top = p.top();
                        if (top.equals(queryHash) || top.equals(queryRange)) {
                            throw new ValidationException("Filter Expression can only contain non-primary key "
                                + "attributes: Primary key attribute: " + top);
                        }
                    });
                }
                f = item -> Evaluator.test(n, item);
            }
            Condition c = null;
            if (condition != null) {
                Ast.Node n = condition(ExprKind.CONDITION, condition, usedNames, usedValues);
                c = item -> Evaluator.test(n, item);
            }
            Update u = null;
            if (update != null) {
                Ast.UpdateAst raw = ParseCache.get(ExprKind.UPDATE, checkText(ExprKind.UPDATE, update),
                    Parser::parseUpdate);
                Ast.UpdateAst resolved = new Resolver(ExprKind.UPDATE, names, values, usedNames, usedValues)
                    .update(raw);
                UpdateChecks.check(resolved, hashName, rangeName);
                u = new Updater(resolved);
            }
            Projection p = null;
            if (projection != null) {
                List<Ast.Path> raw = ParseCache.get(ExprKind.PROJECTION, checkText(ExprKind.PROJECTION, projection),
                    Parser::parseProjection);
                List<Ast.Path> resolved = new Resolver(ExprKind.PROJECTION, names, values, usedNames, usedValues)
                    .paths(raw);
                PathChecks.checkDisjoint(ExprKind.PROJECTION, resolved);
                p = new Projector(resolved);
            }
            unused("ExpressionAttributeNames", names == null ? Set.of() : names.keySet(), usedNames);
            unused("ExpressionAttributeValues", values == null ? Set.of() : values.keySet(), usedValues);
            return new RequestExpressions(c, f, kc, u, p);
        }

        private Ast.Node condition(ExprKind kind, String text, Set<String> usedNames, Set<String> usedValues) {
            Ast.Node raw = ParseCache.get(kind, checkText(kind, text), t -> Parser.parseCondition(t, kind));
            Ast.Node n = new Resolver(kind, names, values, usedNames, usedValues).node(raw);
            ConditionChecks.check(kind, n);
            return n;
        }

        private static String checkText(ExprKind kind, String text) {
            if (text.isEmpty()) {
                throw kind.error("The expression can not be empty;");
            }
            int bytes = Values.utf8Length(text);
            if (bytes > MAX_EXPRESSION_BYTES) {
                throw kind.error("Expression size has exceeded the maximum allowed size; expression size: " + bytes);
            }
            return text;
        }

        private static void checkKeys(String param, Map<String, ?> map, Pattern pattern) {
            if (map == null) {
                return;
            }
            for (String k : map.keySet()) {
                if (k == null || !pattern.matcher(k).matches()) {
                    throw new ValidationException(param + " contains invalid key: Syntax error; key: \"" + k + "\"");
                }
                // Reference 4.1/4.11: one placeholder token is at most 255 bytes (message text unconfirmed).
                if (Values.utf8Length(k) > MAX_TOKEN_BYTES) {
                    throw new ValidationException(param + " contains invalid key: The key is longer than "
                        + MAX_TOKEN_BYTES + " bytes; key: \"" + k.substring(0, 20) + "...\"");
                }
            }
        }

        /** Reference 4.11: names and values together at most 2 MB (message text unconfirmed). */
        private static void checkTotalSize(Map<String, String> names, Map<String, AttributeValue> values) {
            long total = 0;
            if (names != null) {
                for (Map.Entry<String, String> e : names.entrySet()) {
                    total += Values.utf8Length(e.getKey()) + (e.getValue() == null ? 0 : Values.utf8Length(e.getValue()));
                }
            }
            if (values != null) {
                for (Map.Entry<String, AttributeValue> e : values.entrySet()) {
                    total += Values.utf8Length(e.getKey()) + (e.getValue() == null ? 0 : ItemSize.ofValue(e.getValue()));
                }
            }
            if (total > MAX_NAMES_AND_VALUES_BYTES) {
                throw new ValidationException("ExpressionAttributeNames and ExpressionAttributeValues together exceed the maximum size of "
                    + MAX_NAMES_AND_VALUES_BYTES + " bytes; size: " + total);
            }
        }

        private static void unused(String param, Set<String> given, Set<String> used) {
            Set<String> unused = new TreeSet<>(given);
            unused.removeAll(used);
            if (!unused.isEmpty()) {
                throw new ValidationException("Value provided in " + param + " unused in expressions: keys: {"
                    + String.join(", ", unused) + "}");
            }
        }
    }
}
