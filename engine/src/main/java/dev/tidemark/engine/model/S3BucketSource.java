package dev.tidemark.engine.model;

import java.util.Objects;

/**
 * Where an import reads from. Tidemark reads local files: {@code s3Bucket} is a directory (or a single
 * file) on this machine, absolute or relative to the working directory, and {@code s3KeyPrefix} keeps
 * only the files whose path relative to that directory (with {@code /} separators) starts with it.
 */
public final class S3BucketSource {
    private final String s3Bucket;
    private final String s3KeyPrefix;
    private final String s3BucketOwner;

    private S3BucketSource(Builder b) {
        this.s3Bucket = b.s3Bucket;
        this.s3KeyPrefix = b.s3KeyPrefix;
        this.s3BucketOwner = b.s3BucketOwner;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.s3Bucket = s3Bucket;
        b.s3KeyPrefix = s3KeyPrefix;
        b.s3BucketOwner = s3BucketOwner;
        return b;
    }

    /** The source directory or file (DynamoDB: the S3 bucket). */
    public String s3Bucket() {
        return s3Bucket;
    }

    /** Only files whose relative path starts with this prefix; null or empty for all. */
    public String s3KeyPrefix() {
        return s3KeyPrefix;
    }

    /** The bucket owner's account; accepted and ignored. */
    public String s3BucketOwner() {
        return s3BucketOwner;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof S3BucketSource other)) {
            return false;
        }
        return Objects.equals(s3Bucket, other.s3Bucket) && Objects.equals(s3KeyPrefix, other.s3KeyPrefix) && Objects.equals(s3BucketOwner, other.s3BucketOwner);
    }

    @Override
    public int hashCode() {
        return Objects.hash(s3Bucket, s3KeyPrefix, s3BucketOwner);
    }

    @Override
    public String toString() {
        return "S3BucketSource[s3Bucket=" + s3Bucket + ", s3KeyPrefix=" + s3KeyPrefix + ", s3BucketOwner=" + s3BucketOwner + "]";
    }

    /** Builder of {@link S3BucketSource}; not thread-safe. */
    public static final class Builder {
        private String s3Bucket;
        private String s3KeyPrefix;
        private String s3BucketOwner;

        private Builder() {
        }

        /** Sets s3Bucket: the source directory or file (DynamoDB: the S3 bucket). */
        public Builder s3Bucket(String s3Bucket) {
            this.s3Bucket = s3Bucket;
            return this;
        }

        /** Sets s3KeyPrefix: only files whose relative path starts with this prefix; null or empty for all. */
        public Builder s3KeyPrefix(String s3KeyPrefix) {
            this.s3KeyPrefix = s3KeyPrefix;
            return this;
        }

        /** Sets s3BucketOwner: the bucket owner's account; accepted and ignored. */
        public Builder s3BucketOwner(String s3BucketOwner) {
            this.s3BucketOwner = s3BucketOwner;
            return this;
        }

        /** Builds the immutable {@link S3BucketSource}. */
        public S3BucketSource build() {
            return new S3BucketSource(this);
        }
    }
}
