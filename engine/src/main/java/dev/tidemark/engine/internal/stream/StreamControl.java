package dev.tidemark.engine.internal.stream;

import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.internal.store.TableMeta;
import dev.tidemark.engine.internal.store.TableOptions;
import dev.tidemark.engine.model.StreamSpecification;
import dev.tidemark.engine.model.TableDescription;
import java.util.ArrayList;
import java.util.List;

/** The stream part of CreateTable, UpdateTable and DescribeTable (reference 7.1). */
public final class StreamControl {
    private StreamControl() {
    }

    /** Validates a StreamSpecification; returns whether it enables a stream. */
    public static boolean validate(StreamSpecification spec) {
        if (spec == null) {
            return false;
        }
        if (spec.streamEnabled() == null) {
            throw new ValidationException("1 validation error detected: Value null at 'streamSpecification.streamEnabled' failed to satisfy constraint: Member must not be null");
        }
        if (spec.streamEnabled() && spec.streamViewType() == null) {
            // DynamoDB's exact text is unconfirmed
            throw new ValidationException("One or more parameter values were invalid: StreamViewType is required when StreamEnabled is true");
        }
        return spec.streamEnabled();
    }

    /** The options of a new table with the stream the request asks for. */
    public static TableOptions create(TableOptions options, StreamSpecification spec, long nowMillis) {
        if (!validate(spec)) {
            return options;
        }
        List<StreamSettings.Stream> none = List.of();
        return StreamSettings.with(options, List.of(new StreamSettings.Stream(StreamSettings.newLabel(none, nowMillis),
            spec.streamViewType(), StreamSettings.labelMillis(none, nowMillis), -1)));
    }

    /**
     * A table's metadata after an UpdateTable with a StreamSpecification: enabling makes a new
     * stream (new label and ARN); disabling closes the current one. Enabling while a stream is
     * enabled (even with the same view type) and disabling without one are ValidationExceptions.
     * Disabled streams older than the retention are forgotten.
     */
    public static TableMeta update(TableMeta m, StreamSpecification spec, long nowMillis) {
        if (spec == null) {
            return m;
        }
        boolean enable = validate(spec);
        StreamSettings.Stream current = StreamSettings.current(m);
        List<StreamSettings.Stream> kept = new ArrayList<>();
        for (StreamSettings.Stream s : StreamSettings.streams(m)) {
            if (s.enabled() || s.disabledMillis() >= nowMillis - StreamSettings.RETENTION_MILLIS) {
                kept.add(s);
            }
        }
        if (enable) {
            if (current != null) {
                // DynamoDB's exact text is unconfirmed
                throw new ValidationException("Table already has an enabled stream: " + current.arn(m.name()));
            }
            kept.add(new StreamSettings.Stream(StreamSettings.newLabel(kept, nowMillis), spec.streamViewType(),
                StreamSettings.labelMillis(kept, nowMillis), -1));
        } else {
            if (current == null) {
                // DynamoDB's exact text is unconfirmed
                throw new ValidationException("Table " + m.name() + " does not have an enabled stream to disable");
            }
            kept.set(kept.size() - 1, new StreamSettings.Stream(current.label(), current.viewType(), current.createdMillis(), nowMillis));
        }
        return m.withOptions(StreamSettings.with(m.options(), kept));
    }

    /** Adds StreamSpecification, LatestStreamLabel and LatestStreamArn to a table description. */
    public static TableDescription.Builder describe(TableMeta m, TableDescription.Builder b) {
        StreamSettings.Stream latest = StreamSettings.latest(m);
        if (latest == null) {
            return b;
        }
        if (latest.enabled()) {
            b.streamSpecification(StreamSpecification.builder().streamEnabled(true).streamViewType(latest.viewType()).build());
        }
        return b.latestStreamLabel(latest.label()).latestStreamArn(latest.arn(m.name()));
    }
}
