package dev.tidemark.server.dynamodb.internal;

import dev.tidemark.engine.ExportTableToPointInTimeRequest;
import dev.tidemark.engine.ImportTableRequest;
import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.model.S3BucketSource;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Keeps ImportTable and ExportTableToPointInTime over the network inside one directory each. The
 * engine takes their {@code S3Bucket} as a path on the server's machine; through the HTTP API that
 * would let any user read or write any file the server can, so there the bucket is a path relative to
 * {@code <data>/import-sources} (imports) or {@code <data>/export-targets} (exports), and absolute paths
 * or paths leaving that directory are refused.
 */
public final class ImportSources {
    /** The directory, under the database directory, that network imports read from. */
    public static final String DIRECTORY = "import-sources";

    private ImportSources() {
    }

    /** The directory, under the database directory, that network exports write to. */
    public static final String EXPORT_DIRECTORY = "export-targets";

    /** {@code request} with its bucket resolved under {@code root}, or a ValidationException. */
    public static ImportTableRequest confine(ImportTableRequest request, Path root) {
        S3BucketSource source = request.s3BucketSource();
        if (source == null || source.s3Bucket() == null) {
            return request;
        }
        String resolved = resolve(source.s3Bucket(), root, DIRECTORY);
        return request.toBuilder().s3BucketSource(source.toBuilder().s3Bucket(resolved).build()).build();
    }

    /** {@code request} with its bucket resolved under {@code root}, or a ValidationException. */
    public static ExportTableToPointInTimeRequest confine(ExportTableToPointInTimeRequest request, Path root) {
        if (request.s3Bucket() == null) {
            return request;
        }
        return request.toBuilder().s3Bucket(resolve(request.s3Bucket(), root, EXPORT_DIRECTORY)).build();
    }

    private static String resolve(String s3Bucket, Path root, String name) {
        Path bucket;
        try {
            bucket = Path.of(s3Bucket);
        } catch (InvalidPathException e) {
            throw new ValidationException("S3Bucket " + s3Bucket + " is not a valid path: " + e.getReason());
        }
        Path base = root.toAbsolutePath().normalize();
        Path resolved = base.resolve(bucket).normalize();
        if (bucket.isAbsolute() || !resolved.startsWith(base)) {
            throw new ValidationException("Over the DynamoDB API, S3Bucket names a directory or file under the"
                    + " server's " + name + " directory (" + base + "), not " + s3Bucket);
        }
        return resolved.toString();
    }
}
