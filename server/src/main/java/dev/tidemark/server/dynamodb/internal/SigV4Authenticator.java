package dev.tidemark.server.dynamodb.internal;

import dev.tidemark.client.TidemarkRemoteException;
import dev.tidemark.client.wire.SigV4;
import dev.tidemark.server.internal.UserStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a request's AWS SigV4 signature: the access key id must be a server user, the signature
 * must be the one that user's password gives for this request (method, path, query, every signed
 * header, the body's SHA-256), {@code host} and {@code x-amz-date} must be signed, and the time must
 * be within 15 minutes of the server's clock. The region in the credential scope is not checked (any
 * region works); the service must be {@code dynamodb}. A password found in {@link AccessSecrets}
 * only counts while it still matches the users file's hash (checked once per password, then
 * remembered).
 */
public final class SigV4Authenticator {
    private static final Duration SKEW = Duration.ofMinutes(15);

    private final UserStore users;
    private final AccessSecrets secrets;
    private final Clock clock;
    private final Set<String> confirmed = ConcurrentHashMap.newKeySet();

    /** An authenticator for the users of {@code users}, with their passwords in {@code secrets}. */
    public SigV4Authenticator(UserStore users, AccessSecrets secrets, Clock clock) {
        this.users = users;
        this.secrets = secrets;
        this.clock = clock;
    }

    /**
     * Verifies the request and returns the user name.
     *
     * @param headers lower-case header names to their values
     * @throws TidemarkRemoteException named as DynamoDB names authentication failures
     */
    public String authenticate(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
            byte[] body) {
        String authorization = first(headers, "authorization");
        if (authorization == null || authorization.isBlank()) {
            throw error("MissingAuthenticationTokenException", "Request is missing Authentication Token");
        }
        authorization = authorization.trim();
        if (!authorization.startsWith(SigV4.ALGORITHM + " ")) {
            throw error("IncompleteSignatureException", "Authorization header requires the " + SigV4.ALGORITHM
                    + " algorithm");
        }
        String credential = null;
        String signedHeaders = null;
        String signature = null;
        for (String part : authorization.substring(SigV4.ALGORITHM.length()).split("[,\\s]+")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String k = part.substring(0, eq);
            String v = part.substring(eq + 1);
            switch (k) {
                case "Credential" -> credential = v;
                case "SignedHeaders" -> signedHeaders = v;
                case "Signature" -> signature = v;
                default -> { }
            }
        }
        if (credential == null || signedHeaders == null || signature == null) {
            throw error("IncompleteSignatureException", "Authorization header requires 'Credential', 'Signature'"
                    + " and 'SignedHeaders' parameters");
        }
        String[] scope = credential.split("/");
        if (scope.length != 5 || !scope[4].equals("aws4_request")) {
            throw error("IncompleteSignatureException", "Credential should be scoped to a valid region: "
                    + credential);
        }
        String accessKey = scope[0];
        if (!scope[3].equals("dynamodb")) {
            throw error("InvalidSignatureException", "Credential should be scoped to correct service: 'dynamodb'");
        }
        List<String> signed = Arrays.asList(signedHeaders.split(";"));
        if (!signed.contains("host")) {
            throw error("InvalidSignatureException", "'Host' must be a signed header");
        }
        String amzDate = first(headers, "x-amz-date");
        if (amzDate == null) {
            throw error("IncompleteSignatureException", "Authorization header requires existence of either a"
                    + " 'X-Amz-Date' or a 'Date' header");
        }
        if (!signed.contains("x-amz-date")) {
            throw error("InvalidSignatureException", "'X-Amz-Date' must be a signed header");
        }
        Instant when;
        try {
            when = Instant.from(SigV4.AMZ_DATE.parse(amzDate.trim()));
        } catch (DateTimeParseException e) {
            throw error("IncompleteSignatureException", "Date must be in ISO-8601 'basic format': " + amzDate);
        }
        if (!amzDate.trim().startsWith(scope[1])) {
            throw error("InvalidSignatureException", "Credential should be scoped to a valid date: " + scope[1]);
        }
        Instant now = clock.instant();
        if (when.isBefore(now.minus(SKEW))) {
            throw error("InvalidSignatureException", "Signature expired: " + amzDate + " is now earlier than "
                    + SigV4.AMZ_DATE.format(now.minus(SKEW)));
        }
        if (when.isAfter(now.plus(SKEW))) {
            throw error("InvalidSignatureException", "Signature not yet current: " + amzDate + " is still later than "
                    + SigV4.AMZ_DATE.format(now.plus(SKEW)));
        }
        if (!users.exists(accessKey)) {
            throw error("UnrecognizedClientException", "The security token included in the request is invalid.");
        }
        String secret = secrets.secret(accessKey).orElseThrow(() -> error("UnrecognizedClientException",
                "User " + accessKey + " has no SigV4 secret on this server: set the password again (tidemark serve"
                        + " --set-password " + accessKey + ")"));
        String bodyHash = SigV4.hex(SigV4.sha256(body));
        String claimed = first(headers, "x-amz-content-sha256");
        if (claimed != null && !claimed.trim().equals("UNSIGNED-PAYLOAD") && !claimed.trim().equals(bodyHash)) {
            throw error("InvalidSignatureException", "The provided 'x-amz-content-sha256' header does not match"
                    + " what was computed.");
        }
        String payloadHash = claimed != null ? claimed.trim() : bodyHash;
        String canonical = SigV4.canonicalRequest(method, rawPath, rawQuery, headers, signedHeaders, payloadHash);
        String scopeText = scope[1] + "/" + scope[2] + "/" + scope[3] + "/" + scope[4];
        String expected = SigV4.signature(secret, scope[1], scope[2], scope[3],
                SigV4.stringToSign(amzDate.trim(), scopeText, canonical));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII))) {
            throw error("InvalidSignatureException", "The request signature we calculated does not match the"
                    + " signature you provided. Check your AWS Secret Access Key and signing method.");
        }
        String token = accessKey + "\u0000" + SigV4.hex(SigV4.sha256(secret.getBytes(StandardCharsets.UTF_8)));
        if (!confirmed.contains(token)) {
            if (!users.check(accessKey, secret)) {
                throw error("UnrecognizedClientException", "The SigV4 secret of user " + accessKey
                        + " no longer matches the password: set the password again");
            }
            confirmed.add(token);
        }
        return accessKey;
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> v = headers.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static TidemarkRemoteException error(String name, String message) {
        return new TidemarkRemoteException(name, message, 400);
    }
}
