package dev.tidemark.engine.internal.value;

import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.model.AttributeValue;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Validates attribute values against the data model rules of section 1 of the semantics reference
 * and brings them to canonical form.
 *
 * <p>Rules checked, recursively through maps and lists:
 * <ul>
 *   <li>1.1 exactly one type: guaranteed by {@link AttributeValue}'s factories; {@code NULL} is
 *       always {@code true} there, so "Null attribute value types must have the value of true"
 *       cannot arise from this model.</li>
 *   <li>1.2 numbers (also set elements) go through {@link Numbers#parse}: syntax, 38 digits, range,
 *       canonical text.</li>
 *   <li>1.1/1.4 sets are non-empty and without duplicates; number set duplicates are by value
 *       ({@code "1"} and {@code "1.0"}).</li>
 *   <li>1.5 at most {@value #MAX_DEPTH} levels of nested documents: a map or list directly under an
 *       item attribute is level 1, a document inside it level 2, and so on.</li>
 *   <li>1.7 attribute names (top level and map keys) are at least 1 and less than 65,536 UTF-8
 *       bytes.</li>
 *   <li>1.1/1.3 strings (values, set elements, names) must have a UTF-8 form: an unpaired
 *       surrogate is rejected rather than silently stored as {@code ?}.</li>
 * </ul>
 * The texts for empty names, long names, unpaired surrogates and nesting are not confirmed against DynamoDB (the
 * reference only says the requests are rejected); the others are DynamoDB's.
 */
public final class ItemValidator {
    /** Most levels of nested documents (maps and lists) an item may have. */
    public static final int MAX_DEPTH = 32;
    /** Attribute names must be shorter than this many UTF-8 bytes. */
    public static final int NAME_LIMIT_BYTES = 65_536;

    static final String INVALID = "One or more parameter values were invalid: ";
    static final String EMPTY_SS = INVALID + "An string set  may not be empty";
    static final String EMPTY_NS = INVALID + "An number set  may not be empty";
    static final String EMPTY_BS = INVALID + "Binary sets should not be empty";
    static final String EMPTY_NAME = INVALID + "An attribute name cannot be empty";
    static final String LONG_NAME = INVALID + "Attribute name exceeds the maximum length of 65535 bytes";
    static final String TOO_DEEP = "Nesting Levels have exceeded supported limits";
    static final String BAD_STRING = INVALID + "A string contains an unpaired surrogate and has no UTF-8 form";

    private ItemValidator() {
    }

    /**
     * Validates and normalises every value of an item.
     *
     * @param item attribute name to value
     * @return a new {@link LinkedHashMap} in the same order, holding the same value instances where
     *     nothing had to change
     * @throws ValidationException with DynamoDB's text for the first rule broken
     */
    public static Map<String, AttributeValue> normalizeItem(Map<String, AttributeValue> item) {
        Objects.requireNonNull(item, "item");
        Map<String, AttributeValue> out = new LinkedHashMap<>(Math.max(4, item.size() * 4 / 3 + 1));
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            checkName(e.getKey());
            out.put(e.getKey(), normalize(Objects.requireNonNull(e.getValue(), "value"), 0));
        }
        return out;
    }

    /**
     * Validates and normalises one value, for example an {@code ExpressionAttributeValues} entry.
     * The value itself counts as a top-level attribute value for the nesting limit.
     *
     * @param value any value
     * @return {@code value} itself when it already is canonical, else a normalised copy
     * @throws ValidationException with DynamoDB's text for the first rule broken
     */
    public static AttributeValue normalizeValue(AttributeValue value) {
        return normalize(Objects.requireNonNull(value, "value"), 0);
    }

    /** Checks an attribute name against rule 1.7. */
    static void checkName(String name) {
        Objects.requireNonNull(name, "attribute name");
        if (name.isEmpty()) {
            throw new ValidationException(EMPTY_NAME);
        }
        checkString(name);
        // UTF-8 needs at most 3 bytes per char, so short names need no counting.
        if (name.length() * 3 >= NAME_LIMIT_BYTES && Values.utf8Length(name) >= NAME_LIMIT_BYTES) {
            throw new ValidationException(LONG_NAME);
        }
    }

    private static void checkString(String s) {
        if (!Values.isWellFormed(s)) {
            throw new ValidationException(BAD_STRING);
        }
    }

    /** {@code depth} is the number of documents enclosing {@code v}. */
    private static AttributeValue normalize(AttributeValue v, int depth) {
        switch (v.type()) {
            case S:
                checkString(v.s());
                return v;
            case B, BOOL, NULL:
                return v;
            case N: {
                String canonical = Numbers.normalize(v.n());
                return canonical.equals(v.n()) ? v : AttributeValue.fromN(canonical);
            }
            case M:
                return normalizeMap(v, depth + 1);
            case L:
                return normalizeList(v, depth + 1);
            case SS:
                return checkStringSet(v);
            case NS:
                return normalizeNumberSet(v);
            case BS:
                return checkBinarySet(v);
            default:
                throw new AssertionError(v.type());
        }
    }

    private static void checkDepth(int level) {
        if (level > MAX_DEPTH) {
            throw new ValidationException(TOO_DEEP);
        }
    }

    private static AttributeValue normalizeMap(AttributeValue v, int level) {
        checkDepth(level);
        Map<String, AttributeValue> m = v.m();
        Map<String, AttributeValue> changed = null;
        for (Map.Entry<String, AttributeValue> e : m.entrySet()) {
            checkName(e.getKey());
            AttributeValue before = e.getValue();
            AttributeValue after = normalize(before, level);
            if (after != before && changed == null) {
                changed = new LinkedHashMap<>(m);
            }
            if (changed != null) {
                changed.put(e.getKey(), after);
            }
        }
        return changed == null ? v : AttributeValue.fromM(changed);
    }

    private static AttributeValue normalizeList(AttributeValue v, int level) {
        checkDepth(level);
        List<AttributeValue> l = v.l();
        List<AttributeValue> changed = null;
        for (int i = 0; i < l.size(); i++) {
            AttributeValue before = l.get(i);
            AttributeValue after = normalize(before, level);
            if (after != before && changed == null) {
                changed = new ArrayList<>(l);
            }
            if (changed != null) {
                changed.set(i, after);
            }
        }
        return changed == null ? v : AttributeValue.fromL(changed);
    }

    private static AttributeValue checkStringSet(AttributeValue v) {
        List<String> ss = v.ss();
        if (ss.isEmpty()) {
            throw new ValidationException(EMPTY_SS);
        }
        for (String s : ss) {
            checkString(s);
        }
        if (ss.size() > 1 && new HashSet<>(ss).size() != ss.size()) {
            throw duplicates(ss);
        }
        return v;
    }

    private static AttributeValue normalizeNumberSet(AttributeValue v) {
        List<String> ns = v.ns();
        if (ns.isEmpty()) {
            throw new ValidationException(EMPTY_NS);
        }
        List<String> canonical = new ArrayList<>(ns.size());
        Set<BigDecimal> seen = new HashSet<>();
        boolean changed = false;
        for (String n : ns) {
            BigDecimal d = Numbers.parse(n);
            // parse strips trailing zeros, so equal values are equal BigDecimals here.
            if (!seen.add(d)) {
                throw duplicates(ns);
            }
            String text = Numbers.toText(d);
            changed |= !text.equals(n);
            canonical.add(text);
        }
        return changed ? AttributeValue.fromNs(canonical) : v;
    }

    private static AttributeValue checkBinarySet(AttributeValue v) {
        List<byte[]> bs = v.bsUnsafe();
        if (bs.isEmpty()) {
            throw new ValidationException(EMPTY_BS);
        }
        if (bs.size() > 1) {
            Set<ByteBuffer> seen = new HashSet<>();
            for (byte[] b : bs) {
                if (!seen.add(ByteBuffer.wrap(b))) {
                    List<String> shown = new ArrayList<>(bs.size());
                    for (byte[] x : bs) {
                        shown.add(Base64.getEncoder().encodeToString(x));
                    }
                    throw duplicates(shown);
                }
            }
        }
        return v;
    }

    private static ValidationException duplicates(List<String> elements) {
        return new ValidationException(INVALID + "Input collection " + elements + " contains duplicates.");
    }
}
