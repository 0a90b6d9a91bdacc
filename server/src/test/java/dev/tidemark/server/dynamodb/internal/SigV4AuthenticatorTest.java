package dev.tidemark.server.dynamodb.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.client.TidemarkRemoteException;
import dev.tidemark.client.wire.SigV4;
import dev.tidemark.server.internal.UserStore;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SigV4 verification against the users file and its stored secrets, with a fixed clock. */
class SigV4AuthenticatorTest {
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final URI ENDPOINT = URI.create("http://127.0.0.1:8000/");

    @TempDir
    Path dir;

    Map<String, List<String>> signed(String user, String password, byte[] body) {
        Map<String, String> headers = Map.of("Content-Type", "application/x-amz-json-1.0",
                "X-Amz-Target", "DynamoDB_20120810.ListTables");
        Map<String, String> auth = SigV4.sign("POST", ENDPOINT, headers, body, user, password, "eu-west-1",
                "dynamodb", NOW);
        Map<String, List<String>> all = new TreeMap<>();
        headers.forEach((k, v) -> all.put(k.toLowerCase(), List.of(v)));
        auth.forEach((k, v) -> all.put(k.toLowerCase(), List.of(v)));
        all.put("host", List.of("127.0.0.1:8000"));
        return all;
    }

    SigV4Authenticator authenticator(Path users) throws Exception {
        return new SigV4Authenticator(UserStore.load(users), AccessSecrets.load(users), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static String name(Runnable r) {
        try {
            r.run();
            return "none";
        } catch (TidemarkRemoteException e) {
            return e.errorName();
        }
    }

    @Test
    void aUsersPasswordSignsAndSecretsAreStoredEncryptedOwnerOnly() throws Exception {
        Path users = dir.resolve("users.properties");
        UserStore.create(users, "alice", "pa55-word");
        UserStore.put(users, "bob", "b0b");
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        SigV4Authenticator auth = authenticator(users);
        assertThat(auth.authenticate("POST", "/", null, signed("alice", "pa55-word", body), body)).isEqualTo("alice");
        assertThat(auth.authenticate("POST", "/", null, signed("bob", "b0b", body), body)).isEqualTo("bob");
        assertThat(name(() -> auth.authenticate("POST", "/", null, signed("bob", "pa55-word", body), body)))
                .isEqualTo("InvalidSignatureException");
        assertThat(name(() -> auth.authenticate("POST", "/", "x=1", signed("bob", "b0b", body), body)))
                .isEqualTo("InvalidSignatureException");

        String stored = Files.readString(AccessSecrets.secretsFile(users));
        assertThat(stored).contains("alice=").doesNotContain("pa55-word");
        assertThat(Files.readString(users)).doesNotContain("pa55-word");
        assertThat(Files.getPosixFilePermissions(AccessSecrets.keyFile(users)))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    }

    @Test
    void secretsCountOnlyWhileTheyMatchTheUsersFile() throws Exception {
        Path users = dir.resolve("users.properties");
        UserStore.create(users, "alice", "old-pw");
        // the users file changed behind the secrets file's back: the old password must not work
        Files.writeString(users, "alice=" + UserStore.hash("new-pw") + "\ncarol=" + UserStore.hash("c") + "\n");
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        SigV4Authenticator auth = authenticator(users);
        assertThat(name(() -> auth.authenticate("POST", "/", null, signed("alice", "old-pw", body), body)))
                .isEqualTo("UnrecognizedClientException");
        assertThatThrownBy(() -> auth.authenticate("POST", "/", null, signed("carol", "c", body), body))
                .isInstanceOf(TidemarkRemoteException.class).hasMessageContaining("--set-password carol");
        assertThat(name(() -> auth.authenticate("POST", "/", null, signed("dave", "d", body), body)))
                .isEqualTo("UnrecognizedClientException");

        UserStore.put(users, "alice", "new-pw");
        assertThat(authenticator(users).authenticate("POST", "/", null, signed("alice", "new-pw", body), body))
                .isEqualTo("alice");
    }

    @Test
    void malformedAuthorizationHeaders() throws Exception {
        Path users = dir.resolve("users.properties");
        UserStore.create(users, "alice", "pw");
        SigV4Authenticator auth = authenticator(users);
        byte[] body = new byte[0];
        Map<String, List<String>> h = new TreeMap<>(signed("alice", "pw", body));
        h.remove("authorization");
        assertThat(name(() -> auth.authenticate("POST", "/", null, h, body))).isEqualTo("MissingAuthenticationTokenException");
        h.put("authorization", List.of("Basic YWxpY2U6cHc="));
        assertThat(name(() -> auth.authenticate("POST", "/", null, h, body))).isEqualTo("IncompleteSignatureException");
        h.put("authorization", List.of("AWS4-HMAC-SHA256 Credential=alice/20260301/eu-west-1/dynamodb/aws4_request"));
        assertThat(name(() -> auth.authenticate("POST", "/", null, h, body))).isEqualTo("IncompleteSignatureException");
        Map<String, List<String>> s3 = new TreeMap<>(signed("alice", "pw", body));
        s3.put("authorization", List.of(s3.get("authorization").get(0).replace("/dynamodb/", "/s3/")));
        assertThat(name(() -> auth.authenticate("POST", "/", null, s3, body))).isEqualTo("InvalidSignatureException");
    }
}
