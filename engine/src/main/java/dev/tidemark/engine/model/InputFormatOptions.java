package dev.tidemark.engine.model;

import java.util.Objects;

/**
 * Options of the input format; only CSV has any.
 */
public final class InputFormatOptions {
    private final CsvOptions csv;

    private InputFormatOptions(Builder b) {
        this.csv = b.csv;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.csv = csv;
        return b;
    }

    /** CSV delimiter and header list, or null for the defaults. */
    public CsvOptions csv() {
        return csv;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof InputFormatOptions other)) {
            return false;
        }
        return Objects.equals(csv, other.csv);
    }

    @Override
    public int hashCode() {
        return Objects.hash(csv);
    }

    @Override
    public String toString() {
        return "InputFormatOptions[csv=" + csv + "]";
    }

    /** Builder of {@link InputFormatOptions}; not thread-safe. */
    public static final class Builder {
        private CsvOptions csv;

        private Builder() {
        }

        /** Sets csv: cSV delimiter and header list, or null for the defaults. */
        public Builder csv(CsvOptions csv) {
            this.csv = csv;
            return this;
        }

        /** Sets csv, built by {@code csv}. */
        public Builder csv(java.util.function.Consumer<CsvOptions.Builder> csv) {
            CsvOptions.Builder b = CsvOptions.builder();
            csv.accept(b);
            this.csv = b.build();
            return this;
        }

        /** Builds the immutable {@link InputFormatOptions}. */
        public InputFormatOptions build() {
            return new InputFormatOptions(this);
        }
    }
}
