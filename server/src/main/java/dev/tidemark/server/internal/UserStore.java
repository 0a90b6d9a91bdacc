package dev.tidemark.server.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The server's users: a properties file {@code name=pbkdf2-sha256:<iterations>:<salt>:<hash>}
 * (salt and hash in base64), so the file never holds a password. Setting a password also records it,
 * encrypted, for the DynamoDB API's SigV4 checks ({@link dev.tidemark.server.dynamodb.internal.AccessSecrets}).
 */
public final class UserStore {
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int ITERATIONS = 120_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, String> users;

    private UserStore(Map<String, String> users) {
        this.users = users;
    }

    /** Reads a users file. */
    public static UserStore load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> users = new TreeMap<>();
        for (String name : p.stringPropertyNames()) {
            users.put(name, p.getProperty(name).trim());
        }
        return new UserStore(users);
    }

    /** Writes a users file holding one user (readable by the owner only where the file system allows). */
    public static void create(Path file, String user, String password) throws IOException {
        write(file, Map.of(user, hash(password)));
        dev.tidemark.server.dynamodb.internal.AccessSecrets.put(file, user, password, true);
    }

    /** Replaces the file atomically with these users (name to stored hash), owner-readable only. */
    private static void write(Path file, Map<String, String> users) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write("# Tidemark server users: name=" + SCHEME + ":iterations:salt:hash\n");
            for (Map.Entry<String, String> e : users.entrySet()) {
                w.write(e.getKey() + "=" + e.getValue() + "\n");
            }
        }
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Adds {@code user} to the file, or gives it a new password; creates the file if missing. */
    public static void put(Path file, String user, String password) throws IOException {
        if (user.isEmpty() || user.contains("=") || user.contains(":") || user.contains(" ") || user.startsWith("#")) {
            throw new IllegalArgumentException("a user name must be non-empty without '=', ':', spaces or a leading '#'");
        }
        if (!Files.exists(file)) {
            create(file, user, password);
            return;
        }
        Map<String, String> users = new TreeMap<>(load(file).users);
        users.put(user, hash(password));
        write(file, users);
        dev.tidemark.server.dynamodb.internal.AccessSecrets.put(file, user, password, false);
    }

    /** A salted hash of {@code password} in the file's format. */
    public static String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return SCHEME + ":" + ITERATIONS + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(derive(password, salt, ITERATIONS));
    }

    /** A random password for a first start. */
    public static String randomPassword() {
        byte[] b = new byte[18];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        }
    }

    /** Whether {@code user} exists. */
    public boolean exists(String user) {
        return users.containsKey(user);
    }

    /** Whether {@code password} is {@code user}'s password. */
    public boolean check(String user, String password) {
        String stored = users.get(user);
        if (stored == null || password == null) {
            return false;
        }
        String[] parts = stored.split(":");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, iterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
