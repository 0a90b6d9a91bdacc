package dev.tidemark.client;

import java.util.Objects;

/**
 * Who signs the requests: a server user's name as the access key id and the user's password as the
 * secret (the server's users are those of {@code tidemark serve --set-password}).
 *
 * @param accessKeyId the user name
 * @param secret the user's password
 */
public record Credentials(String accessKeyId, String secret) {
    /** Checks both are present. */
    public Credentials {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secret, "secret");
    }

    /** The credentials of a server user. */
    public static Credentials of(String user, String password) {
        return new Credentials(user, password);
    }

    @Override
    public String toString() {
        return "Credentials[accessKeyId=" + accessKeyId + ", secret=***]";
    }
}
