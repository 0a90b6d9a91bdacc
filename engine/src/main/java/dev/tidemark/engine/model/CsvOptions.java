package dev.tidemark.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * How CSV input is read: the delimiter and, optionally, the column names.
 */
public final class CsvOptions {
    private final String delimiter;
    private final List<String> headerList;

    private CsvOptions(Builder b) {
        this.delimiter = b.delimiter;
        this.headerList = b.headerList == null ? null : List.copyOf(b.headerList);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.delimiter = delimiter;
        b.headerList = headerList;
        return b;
    }

    /** One of {@code , ; : | \t} or a space; a comma when null. */
    public String delimiter() {
        return delimiter;
    }

    /** The column names (1 to 255); when null the first line of each file is the header. */
    public List<String> headerList() {
        return headerList;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CsvOptions other)) {
            return false;
        }
        return Objects.equals(delimiter, other.delimiter) && Objects.equals(headerList, other.headerList);
    }

    @Override
    public int hashCode() {
        return Objects.hash(delimiter, headerList);
    }

    @Override
    public String toString() {
        return "CsvOptions[delimiter=" + delimiter + ", headerList=" + headerList + "]";
    }

    /** Builder of {@link CsvOptions}; not thread-safe. */
    public static final class Builder {
        private String delimiter;
        private List<String> headerList;

        private Builder() {
        }

        /** Sets delimiter: one of {@code , ; : | \t} or a space; a comma when null. */
        public Builder delimiter(String delimiter) {
            this.delimiter = delimiter;
            return this;
        }

        /** Sets headerList: the column names (1 to 255); when null the first line of each file is the header. */
        public Builder headerList(List<String> headerList) {
            this.headerList = headerList;
            return this;
        }

        /** Sets headerList from the given elements. */
        public Builder headerList(String... headerList) {
            this.headerList = List.of(headerList);
            return this;
        }

        /** Builds the immutable {@link CsvOptions}. */
        public CsvOptions build() {
            return new CsvOptions(this);
        }
    }
}
