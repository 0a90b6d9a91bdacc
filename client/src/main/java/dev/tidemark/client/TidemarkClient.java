package dev.tidemark.client;

import dev.tidemark.client.internal.RemoteDatabase;
import dev.tidemark.engine.Database;
import java.net.URI;
import java.time.Duration;

/**
 * Connects to a Tidemark server's DynamoDB API. The {@link Database} returned sends every call as one
 * signed (AWS SigV4) HTTP request and returns the same results, and throws the same exception types,
 * as an embedded database would:
 *
 * <pre>{@code
 * try (Database db = TidemarkClient.connect(URI.create("http://localhost:8000"), Credentials.of("admin", pw))) {
 *     db.putItem(p -> p.tableName("users").item(Map.of("id", AttributeValue.fromS("u1"))));
 * }
 * }</pre>
 *
 * <p>Errors without an engine type of their own (authentication, unreadable requests) arrive as
 * {@link TidemarkRemoteException}; a server that cannot be reached as {@link java.io.UncheckedIOException}.
 * {@link Database#directory()} is {@code null} for a remote database and {@link Database#checkpoint()}
 * is not available (the server checkpoints by itself).
 */
public final class TidemarkClient {
    /** The region put in signatures; the server accepts any. */
    public static final String DEFAULT_REGION = "tidemark";

    private TidemarkClient() {
    }

    /**
     * A database served at {@code endpoint} ({@code http://host:port}; {@code tidemark://host:port}
     * is the same over HTTP).
     */
    public static Database connect(URI endpoint, Credentials credentials) {
        return connect(endpoint, credentials, Duration.ofSeconds(60));
    }

    /** As {@link #connect(URI, Credentials)}, with a time limit for each request. */
    public static Database connect(URI endpoint, Credentials credentials, Duration requestTimeout) {
        return new RemoteDatabase(normalize(endpoint), credentials, DEFAULT_REGION, requestTimeout);
    }

    private static URI normalize(URI endpoint) {
        String scheme = endpoint.getScheme();
        if (scheme == null || endpoint.getHost() == null) {
            throw new IllegalArgumentException("not a server address (http://host:port): " + endpoint);
        }
        if (scheme.equals("tidemark")) {
            return URI.create("http://" + endpoint.getRawAuthority() + "/");
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("a Tidemark server is reached over http or https, not " + scheme
                    + ": " + endpoint);
        }
        return URI.create(scheme + "://" + endpoint.getRawAuthority() + "/");
    }
}
