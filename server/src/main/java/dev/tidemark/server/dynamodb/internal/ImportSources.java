package dev.tidemark.server.dynamodb.internal;

import dev.tidemark.engine.ImportTableRequest;
import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.model.S3BucketSource;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Keeps ImportTable over the network inside one directory. The engine reads an import's
 * {@code S3Bucket} as a path on the server's machine; through the HTTP API that would let any user
 * read any file the server can, so there the bucket is a path relative to {@code <data>/import-sources}
 * (put the files there), and absolute paths or paths leaving that directory are refused.
 */
public final class ImportSources {
    /** The directory, under the database directory, that network imports read from. */
    public static final String DIRECTORY = "import-sources";

    private ImportSources() {
    }

    /** {@code request} with its bucket resolved under {@code root}, or a ValidationException. */
    public static ImportTableRequest confine(ImportTableRequest request, Path root) {
        S3BucketSource source = request.s3BucketSource();
        if (source == null || source.s3Bucket() == null) {
            return request;
        }
        Path bucket;
        try {
            bucket = Path.of(source.s3Bucket());
        } catch (InvalidPathException e) {
            throw new ValidationException("S3Bucket " + source.s3Bucket() + " is not a valid path: " + e.getReason());
        }
        Path base = root.toAbsolutePath().normalize();
        Path resolved = base.resolve(bucket).normalize();
        if (bucket.isAbsolute() || !resolved.startsWith(base)) {
            throw new ValidationException("Over the DynamoDB API, S3Bucket names a directory or file under the"
                    + " server's " + DIRECTORY + " directory (" + base + "), not " + source.s3Bucket());
        }
        return request.toBuilder().s3BucketSource(source.toBuilder().s3Bucket(resolved.toString()).build()).build();
    }
}
