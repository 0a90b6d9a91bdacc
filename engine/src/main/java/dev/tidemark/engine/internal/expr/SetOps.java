package dev.tidemark.engine.internal.expr;

import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.model.AttributeValue;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Set union and difference for ADD and DELETE (section 4.9); element order of the old set is kept. */
final class SetOps {
    private SetOps() {
    }

    /** {@code old} plus the elements of {@code add}; both of the same set type. */
    static AttributeValue union(AttributeValue old, AttributeValue add) {
        return switch (old.type()) {
            case SS -> {
                Set<String> s = new LinkedHashSet<>(old.ss());
                s.addAll(add.ss());
                yield AttributeValue.fromSs(s);
            }
            case NS -> {
                Set<String> s = new LinkedHashSet<>(old.ns());
                s.addAll(add.ns());
                yield AttributeValue.fromNs(s);
            }
            case BS -> {
                Set<ByteBuffer> s = new LinkedHashSet<>(wrap(old.bsUnsafe()));
                s.addAll(wrap(add.bsUnsafe()));
                yield unwrap(s);
            }
            default -> throw new ValidationException(Updater.WRONG_TYPE);
        };
    }

    /**
     * {@code old} without the elements of {@code del}; {@code null} when nothing is left.
     *
     * @throws ValidationException when the stored value is not a set of the same type
     */
    static AttributeValue minus(AttributeValue old, AttributeValue del) {
        if (old.type() != del.type()) {
            throw new ValidationException(Updater.WRONG_TYPE);
        }
        AttributeValue out = switch (old.type()) {
            case SS -> {
                Set<String> s = new LinkedHashSet<>(old.ss());
                s.removeAll(del.ss());
                yield s.isEmpty() ? null : AttributeValue.fromSs(s);
            }
            case NS -> {
                Set<String> s = new LinkedHashSet<>(old.ns());
                s.removeAll(del.ns());
                yield s.isEmpty() ? null : AttributeValue.fromNs(s);
            }
            case BS -> {
                Set<ByteBuffer> s = new LinkedHashSet<>(wrap(old.bsUnsafe()));
                s.removeAll(wrap(del.bsUnsafe()));
                yield s.isEmpty() ? null : unwrap(s);
            }
            default -> throw new ValidationException(Updater.WRONG_TYPE);
        };
        return out;
    }

    private static List<ByteBuffer> wrap(List<byte[]> bs) {
        List<ByteBuffer> out = new ArrayList<>(bs.size());
        for (byte[] b : bs) {
            out.add(ByteBuffer.wrap(b));
        }
        return out;
    }

    private static AttributeValue unwrap(Set<ByteBuffer> s) {
        List<byte[]> out = new ArrayList<>(s.size());
        for (ByteBuffer b : s) {
            out.add(b.array());
        }
        return AttributeValue.ownedBs(out);
    }
}
