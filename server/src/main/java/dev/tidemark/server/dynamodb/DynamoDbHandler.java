package dev.tidemark.server.dynamodb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidemark.client.TidemarkRemoteException;
import dev.tidemark.client.wire.Operation;
import dev.tidemark.client.wire.WireCodec;
import dev.tidemark.client.wire.WireErrors;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.TidemarkException;
import dev.tidemark.engine.ExportTableToPointInTimeRequest;
import dev.tidemark.engine.ImportTableRequest;
import dev.tidemark.server.dynamodb.internal.ImportSources;
import dev.tidemark.server.dynamodb.internal.SigV4Authenticator;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.CRC32;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves DynamoDB's JSON 1.0 protocol: {@code POST /} with {@code X-Amz-Target:
 * DynamoDB_20120810.<Operation>} (or {@code DynamoDBStreams_20120810.<Operation>} for the Streams API), a SigV4 signature by a server user, and the operation's request as
 * DynamoDB JSON; answers with the result as DynamoDB JSON or an error body
 * ({@code {"__type": "com.amazonaws.dynamodb.v20120810#<Name>", "message": ...}}, HTTP 400, or 500 for
 * {@code InternalServerError}). Requests without {@code X-Amz-Target} are left to the next handler
 * (remote JDBC), so both share one port.
 */
public final class DynamoDbHandler extends AbstractHandler {
    /** The largest request body accepted (DynamoDB's 16 MB); larger ones get HTTP 413. */
    public static final int MAX_BODY = 16 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(DynamoDbHandler.class);

    private static final String SERVED = Operation.TARGET_PREFIX + Arrays.stream(Operation.values())
            .filter(o -> o.target().startsWith(Operation.TARGET_PREFIX)).map(Operation::name).toList() + " and "
            + Operation.STREAMS_PREFIX + Arrays.stream(Operation.values())
            .filter(o -> o.target().startsWith(Operation.STREAMS_PREFIX)).map(Operation::name).toList() + " and "
            + Operation.TIDEMARK_PREFIX + Arrays.stream(Operation.values())
            .filter(o -> o.target().startsWith(Operation.TIDEMARK_PREFIX)).map(Operation::name).toList();

    private final Database database;
    private final SigV4Authenticator authenticator;
    private final Path dataDirectory;

    /**
     * A handler running requests on {@code database} for the users {@code authenticator} knows;
     * ImportTable reads only under {@code <dataDirectory>/import-sources}, ExportTableToPointInTime
     * writes only under {@code <dataDirectory>/export-targets}.
     */
    public DynamoDbHandler(Database database, SigV4Authenticator authenticator, Path dataDirectory) {
        this.database = database;
        this.authenticator = authenticator;
        this.dataDirectory = dataDirectory;
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String amzTarget = request.getHeader("X-Amz-Target");
        if (amzTarget == null) {
            return;
        }
        baseRequest.setHandled(true);
        if (!"POST".equals(request.getMethod())) {
            send(response, 400, WireErrors.body("SerializationException", "The DynamoDB API takes POST requests, not "
                    + request.getMethod()));
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            send(response, 413, WireErrors.body("RequestEntityTooLarge", "Request must be smaller than " + MAX_BODY
                    + " bytes for the DynamoDB API"));
            return;
        }
        try {
            authenticator.authenticate(request.getMethod(), baseRequest.getHttpURI().getPath(),
                    request.getQueryString(), headers(request), body);
            String name = amzTarget.startsWith(Operation.TARGET_PREFIX)
                    ? amzTarget.substring(Operation.TARGET_PREFIX.length()) : amzTarget;
            Operation op = Operation.forTarget(amzTarget)
                    .orElseThrow(() -> new TidemarkRemoteException("UnknownOperationException",
                            "Unknown operation " + name + ": Tidemark serves " + SERVED, 400));
            JsonNode json;
            try {
                json = body.length == 0 ? WireCodec.JSON.createObjectNode() : WireCodec.JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new TidemarkRemoteException("SerializationException", "The request body is not valid JSON: "
                        + e.getOriginalMessage(), 400);
            }
            if (json == null || !json.isObject()) {
                throw WireCodec.serialization(op.name() + "Input", "a JSON object");
            }
            Object input = WireCodec.read(json, op.requestType());
            if (input instanceof ImportTableRequest importTable) {
                input = ImportSources.confine(importTable, dataDirectory.resolve(ImportSources.DIRECTORY));
            } else if (input instanceof ExportTableToPointInTimeRequest export) {
                input = ImportSources.confine(export, dataDirectory.resolve(ImportSources.EXPORT_DIRECTORY));
            }
            Object result = op.invoke(database, input);
            send(response, 200, WireCodec.write(result));
        } catch (TidemarkException e) {
            if (e.errorName().equals("InternalServerError")) {
                LOG.warn("DynamoDB API request {} failed", amzTarget, e);
            }
            send(response, WireErrors.status(e.errorName()), WireErrors.body(e));
        } catch (RuntimeException e) {
            LOG.error("DynamoDB API request {} failed", amzTarget, e);
            send(response, 500, WireErrors.body("InternalServerError", "Internal server error: " + e));
        }
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> out = new TreeMap<>();
        for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements(); ) {
            String name = names.nextElement();
            List<String> values = out.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
            values.addAll(Collections.list(request.getHeaders(name)));
        }
        return out;
    }

    private static void send(HttpServletResponse response, int status, ObjectNode body) throws IOException {
        byte[] bytes = WireCodec.JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        response.setStatus(status);
        response.setContentType(Operation.CONTENT_TYPE);
        response.setHeader("x-amzn-RequestId", UUID.randomUUID().toString());
        response.setHeader("x-amz-crc32", Long.toString(crc.getValue()));
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
