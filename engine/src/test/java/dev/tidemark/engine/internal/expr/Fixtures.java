package dev.tidemark.engine.internal.expr;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.model.AttributeValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;

/** Shared helpers for the expression tests: value shorthands and request builders. */
final class Fixtures {
    private Fixtures() {
    }

    static AttributeValue s(String s) {
        return AttributeValue.fromS(s);
    }

    static AttributeValue n(String n) {
        return AttributeValue.fromN(n);
    }

    static AttributeValue n(long n) {
        return AttributeValue.fromN(n);
    }

    static AttributeValue l(AttributeValue... vs) {
        return AttributeValue.fromL(vs);
    }

    /** A map from alternating keys and values. */
    static AttributeValue m(Object... kv) {
        return AttributeValue.fromM(item(kv));
    }

    /** An item from alternating names and values. */
    static Map<String, AttributeValue> item(Object... kv) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (AttributeValue) kv[i + 1]);
        }
        return m;
    }

    /** ExpressionAttributeValues from alternating names and values. */
    static Map<String, AttributeValue> vals(Object... kv) {
        return item(kv);
    }

    /** ExpressionAttributeNames from alternating placeholders and names. */
    static Map<String, String> names(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    static Condition cond(String text, Map<String, String> names, Map<String, AttributeValue> values) {
        return RequestExpressions.builder().condition(text).names(names).values(values).build().condition();
    }

    static Condition cond(String text, Map<String, AttributeValue> values) {
        return cond(text, null, values);
    }

    static Update update(String text, Map<String, String> names, Map<String, AttributeValue> values) {
        return RequestExpressions.builder().update(text).names(names).values(values).tableKey("pk", "sk").build()
            .update();
    }

    static Update update(String text, Map<String, AttributeValue> values) {
        return update(text, null, values);
    }

    static AbstractThrowableAssert<?, ? extends Throwable> rejects(RequestExpressions.Builder b, String message) {
        return assertThatThrownBy(b::build).isInstanceOf(ValidationException.class).hasMessage(message);
    }

    static AbstractThrowableAssert<?, ? extends Throwable> conditionRejected(String text, Map<String, AttributeValue> values,
                                                                          String message) {
        return rejects(RequestExpressions.builder().condition(text).values(values), message);
    }
}
