package dev.tidemark.engine.internal.value;

import dev.tidemark.engine.ValidationException;
import java.util.regex.Pattern;

/** The rules for table (and index) names: 3 to 255 characters of {@code [a-zA-Z0-9_.-]}. */
public final class TableNames {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_.-]+");

    private TableNames() {
    }

    /**
     * Checks a name given in a request member, with DynamoDB's messages.
     *
     * @param name the name, possibly null
     * @param member the request member that carried it, for the message ({@code tableName}, ...)
     * @throws ValidationException when the name is missing, too short or long, or has other characters
     */
    public static void validate(String name, String member) {
        if (name == null) {
            throw new ValidationException("1 validation error detected: Value null at '" + member
                + "' failed to satisfy constraint: Member must not be null");
        }
        if (name.length() < 3 || name.length() > 255) {
            throw new ValidationException("1 validation error detected: Value '" + name + "' at '" + member
                + "' failed to satisfy constraint: Member must have length between 3 and 255");
        }
        if (!NAME.matcher(name).matches()) {
            throw new ValidationException("1 validation error detected: Value '" + name + "' at '" + member
                + "' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
        }
    }
}
