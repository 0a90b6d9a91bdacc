package dev.tidemark.engine.internal.imports;

import dev.tidemark.engine.ImportTableRequest;
import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.model.CsvOptions;
import dev.tidemark.engine.model.InputCompressionType;
import dev.tidemark.engine.model.InputFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The checks an ImportTable request passes before anything is created. */
final class ImportValidation {
    private ImportValidation() {
    }

    /** Rejects a request that cannot start, with DynamoDB's error and a message naming the problem. */
    static void check(ImportTableRequest r) {
        if (r.s3BucketSource() == null) {
            throw missing("s3BucketSource");
        }
        if (r.s3BucketSource().s3Bucket() == null || r.s3BucketSource().s3Bucket().isEmpty()) {
            throw missing("s3BucketSource.s3Bucket");
        }
        if (r.inputFormat() == null) {
            throw missing("inputFormat");
        }
        if (r.tableCreationParameters() == null) {
            throw missing("tableCreationParameters");
        }
        if (r.inputFormat() == InputFormat.ION) {
            throw new ValidationException("InputFormat ION is not supported by Tidemark yet; use DYNAMODB_JSON or CSV");
        }
        if (r.inputCompressionType() == InputCompressionType.ZSTD) {
            throw new ValidationException("InputCompressionType ZSTD is not supported by Tidemark yet; use GZIP or NONE");
        }
        if (r.clientToken() != null && (r.clientToken().isEmpty() || r.clientToken().length() > 36)) {
            throw new ValidationException("1 validation error detected: Value '" + r.clientToken()
                    + "' at 'clientToken' failed to satisfy constraint: Member must have length between 1 and 36");
        }
        CsvOptions csv = r.inputFormatOptions() == null ? null : r.inputFormatOptions().csv();
        if (csv != null) {
            if (r.inputFormat() != InputFormat.CSV) {
                throw new ValidationException("InputFormatOptions.Csv is only valid with InputFormat CSV");
            }
            delimiter(csv);
            if (csv.headerList() != null) {
                if (csv.headerList().isEmpty() || csv.headerList().size() > 255) {
                    throw new ValidationException("1 validation error detected: Value at 'inputFormatOptions.csv.headerList'"
                            + " failed to satisfy constraint: Member must have length between 1 and 255");
                }
                String problem = headerProblem(csv.headerList());
                if (problem != null) {
                    throw new ValidationException("Invalid HeaderList: " + problem);
                }
            }
        }
    }

    /** The CSV delimiter: a comma unless the options say otherwise. */
    static char delimiter(CsvOptions csv) {
        String d = csv == null ? null : csv.delimiter();
        if (d == null) {
            return ',';
        }
        if (d.length() != 1 || ",;:|\t ".indexOf(d.charAt(0)) < 0) {
            throw new ValidationException("1 validation error detected: Value '" + d + "' at "
                    + "'inputFormatOptions.csv.delimiter' failed to satisfy constraint: Member must be one of , ; : | tab or space");
        }
        return d.charAt(0);
    }

    /** Why a header cannot name the columns (empty or repeated names), or null. */
    static String headerProblem(List<String> header) {
        Set<String> seen = new HashSet<>();
        for (String h : header) {
            if (h == null || h.isEmpty()) {
                return "a column name is empty";
            }
            if (!seen.add(h)) {
                return "the column name " + h + " appears twice";
            }
        }
        return null;
    }

    private static ValidationException missing(String member) {
        return new ValidationException("1 validation error detected: Value null at '" + member
                + "' failed to satisfy constraint: Member must not be null");
    }
}
