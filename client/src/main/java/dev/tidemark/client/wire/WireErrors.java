package dev.tidemark.client.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidemark.client.TidemarkRemoteException;
import dev.tidemark.engine.BackupInUseException;
import dev.tidemark.engine.BackupNotFoundException;
import dev.tidemark.engine.ExportConflictException;
import dev.tidemark.engine.ExportNotFoundException;
import dev.tidemark.engine.InvalidExportTimeException;
import dev.tidemark.engine.InvalidRestoreTimeException;
import dev.tidemark.engine.PointInTimeRecoveryUnavailableException;
import dev.tidemark.engine.TableAlreadyExistsException;
import dev.tidemark.engine.TableNotFoundException;
import dev.tidemark.engine.ConditionalCheckFailedException;
import dev.tidemark.engine.ExpiredIteratorException;
import dev.tidemark.engine.IdempotentParameterMismatchException;
import dev.tidemark.engine.ImportConflictException;
import dev.tidemark.engine.ImportNotFoundException;
import dev.tidemark.engine.ProvisionedThroughputExceededException;
import dev.tidemark.engine.ThrottlingException;
import dev.tidemark.engine.InternalServerErrorException;
import dev.tidemark.engine.ItemCollectionSizeLimitExceededException;
import dev.tidemark.engine.LimitExceededException;
import dev.tidemark.engine.ResourceInUseException;
import dev.tidemark.engine.ResourceNotFoundException;
import dev.tidemark.engine.TidemarkException;
import dev.tidemark.engine.TransactionCanceledException;
import dev.tidemark.engine.TransactionInProgressException;
import dev.tidemark.engine.TrimmedDataAccessException;
import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.model.CancellationReason;
import java.util.ArrayList;
import java.util.List;

/**
 * Errors on the wire: {@code {"__type": "com.amazonaws.dynamodb.v20120810#<Name>", "message": "..."}}
 * with HTTP 400 (500 for {@code InternalServerError}), plus {@code Item} for a failed condition that
 * asked for the old item and {@code CancellationReasons} for a cancelled transaction. Decoding turns
 * a body back into the engine's exception type of that name.
 */
public final class WireErrors {
    /** The prefix of {@code __type}. */
    public static final String TYPE_PREFIX = "com.amazonaws.dynamodb.v20120810#";

    private WireErrors() {
    }

    /** The HTTP status for an error of this name. */
    public static int status(String errorName) {
        return switch (errorName) {
            case "InternalServerError" -> 500;
            case "ServiceUnavailable" -> 503;
            default -> 400;
        };
    }

    /** The error body for {@code e}. */
    public static ObjectNode body(TidemarkException e) {
        ObjectNode o = body(e.errorName(), e.getMessage());
        if (e instanceof ConditionalCheckFailedException c) {
            c.item().ifPresent(item -> o.set("Item", WireCodec.writeItem(item)));
        } else if (e instanceof TransactionCanceledException t) {
            ArrayNode reasons = o.putArray("CancellationReasons");
            for (CancellationReason r : t.cancellationReasons()) {
                reasons.add(WireCodec.write(r));
            }
        }
        return o;
    }

    /** An error body with a name and a message. */
    public static ObjectNode body(String errorName, String message) {
        ObjectNode o = WireCodec.JSON.createObjectNode();
        o.put("__type", TYPE_PREFIX + errorName);
        o.put("message", message == null ? errorName : message);
        return o;
    }

    /**
     * The exception for an error body: the engine's type of that name where there is one, else a
     * {@link TidemarkRemoteException}.
     */
    public static TidemarkException decode(JsonNode body, int status) {
        String type = body.path("__type").asText("");
        String name = type.substring(type.lastIndexOf('#') + 1);
        JsonNode m = body.has("message") ? body.get("message") : body.get("Message");
        String message = m == null || m.isNull() ? name : m.asText();
        switch (name) {
            case "ValidationException":
                return new ValidationException(message);
            case "ConditionalCheckFailedException":
                return new ConditionalCheckFailedException(WireCodec.readItem(body.get("Item"), "Item"));
            case "ResourceNotFoundException":
                return new ResourceNotFoundException(message);
            case "ResourceInUseException":
                return new ResourceInUseException(message);
            case "LimitExceededException":
                return new LimitExceededException(message);
            case "ItemCollectionSizeLimitExceededException":
                return new ItemCollectionSizeLimitExceededException(message);
            case "TransactionInProgressException":
                return new TransactionInProgressException(message);
            case "IdempotentParameterMismatchException":
                return new IdempotentParameterMismatchException(message);
            case "ExpiredIteratorException":
                return new ExpiredIteratorException(message);
            case "TrimmedDataAccessException":
                return new TrimmedDataAccessException(message);
            case "ImportConflictException":
                return new ImportConflictException(message);
            case "ImportNotFoundException":
                return new ImportNotFoundException(message);
            case "ProvisionedThroughputExceededException":
                return new ProvisionedThroughputExceededException(message);
            case "ThrottlingException":
                return new ThrottlingException(message);
            case "BackupInUseException":
                return new BackupInUseException(message);
            case "BackupNotFoundException":
                return new BackupNotFoundException(message);
            case "ExportConflictException":
                return new ExportConflictException(message);
            case "ExportNotFoundException":
                return new ExportNotFoundException(message);
            case "InvalidExportTimeException":
                return new InvalidExportTimeException(message);
            case "InvalidRestoreTimeException":
                return new InvalidRestoreTimeException(message);
            case "PointInTimeRecoveryUnavailableException":
                return new PointInTimeRecoveryUnavailableException(message);
            case "TableAlreadyExistsException":
                return new TableAlreadyExistsException(message);
            case "TableNotFoundException":
                return new TableNotFoundException(message);
            case "InternalServerError":
                return new InternalServerErrorException(message, null);
            case "TransactionCanceledException": {
                List<CancellationReason> reasons = new ArrayList<>();
                for (JsonNode r : body.path("CancellationReasons")) {
                    reasons.add(WireCodec.read(r, CancellationReason.class));
                }
                return new TransactionCanceledException(reasons);
            }
            default:
                return new TidemarkRemoteException(name.isEmpty() ? "UnknownError" : name, message, status);
        }
    }
}
