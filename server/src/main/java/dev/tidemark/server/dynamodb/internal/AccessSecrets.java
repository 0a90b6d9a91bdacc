package dev.tidemark.server.dynamodb.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The users' passwords as AWS SigV4 needs them. A SigV4 signature is an HMAC keyed by the secret
 * itself, so checking one needs the password, not just a hash of it: next to the users file
 * ({@code users.properties}) the server keeps {@code users.properties.secrets}
 * ({@code name=<iv>:<ciphertext>}, AES-256-GCM) and the key in {@code users.properties.secrets.key},
 * both readable by the owner only. Whoever can read both files can recover the passwords; the users
 * file itself still holds only salted hashes, and a secret only counts while it matches that hash.
 */
public final class AccessSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, String> secrets;

    private AccessSecrets(Map<String, String> secrets) {
        this.secrets = secrets;
    }

    /** The secrets file that goes with {@code usersFile}. */
    public static Path secretsFile(Path usersFile) {
        return usersFile.resolveSibling(usersFile.getFileName() + ".secrets");
    }

    /** The key file that goes with {@code usersFile}. */
    public static Path keyFile(Path usersFile) {
        return usersFile.resolveSibling(usersFile.getFileName() + ".secrets.key");
    }

    /** Loads and decrypts the secrets of {@code usersFile}'s users (none when there is no secrets file). */
    public static AccessSecrets load(Path usersFile) throws IOException {
        Path file = secretsFile(usersFile);
        if (!Files.exists(file) || !Files.exists(keyFile(usersFile))) {
            return new AccessSecrets(Map.of());
        }
        byte[] key = key(usersFile);
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> out = new TreeMap<>();
        for (String user : p.stringPropertyNames()) {
            String[] parts = p.getProperty(user).trim().split(":");
            if (parts.length != 2) {
                continue;
            }
            try {
                byte[] iv = Base64.getDecoder().decode(parts[0]);
                byte[] plain = cipher(Cipher.DECRYPT_MODE, key, iv, user).doFinal(Base64.getDecoder().decode(parts[1]));
                out.put(user, new String(plain, StandardCharsets.UTF_8));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                // a damaged or foreign entry: that user cannot sign requests until the password is set again
            }
        }
        return new AccessSecrets(out);
    }

    /**
     * Records {@code user}'s password; with {@code only} the file then holds just this user (as a new
     * users file does).
     */
    public static void put(Path usersFile, String user, String password, boolean only) throws IOException {
        Path file = secretsFile(usersFile);
        byte[] key = key(usersFile);
        Properties old = new Properties();
        if (!only && Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                old.load(r);
            }
        }
        Map<String, String> entries = new TreeMap<>();
        for (String name : old.stringPropertyNames()) {
            entries.put(name, old.getProperty(name).trim());
        }
        byte[] iv = new byte[12];
        RANDOM.nextBytes(iv);
        try {
            byte[] ct = cipher(Cipher.ENCRYPT_MODE, key, iv, user).doFinal(password.getBytes(StandardCharsets.UTF_8));
            entries.put(user, Base64.getEncoder().encodeToString(iv) + ":" + Base64.getEncoder().encodeToString(ct));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write("# Tidemark server: users' passwords for AWS SigV4, AES-GCM with the key in "
                    + keyFile(usersFile).getFileName() + "\n");
            for (Map.Entry<String, String> e : entries.entrySet()) {
                w.write(e.getKey() + "=" + e.getValue() + "\n");
            }
        }
        ownerOnly(tmp);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The password of {@code user}, if recorded. */
    public Optional<String> secret(String user) {
        return Optional.ofNullable(secrets.get(user));
    }

    private static byte[] key(Path usersFile) throws IOException {
        Path keyFile = keyFile(usersFile);
        if (Files.exists(keyFile)) {
            return Base64.getDecoder().decode(Files.readString(keyFile, StandardCharsets.US_ASCII).trim());
        }
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        Path tmp = keyFile.resolveSibling(keyFile.getFileName() + ".tmp");
        Files.writeString(tmp, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
        ownerOnly(tmp);
        Files.move(tmp, keyFile, StandardCopyOption.ATOMIC_MOVE);
        return key;
    }

    private static Cipher cipher(int mode, byte[] key, byte[] iv, String user) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        c.updateAAD(user.getBytes(StandardCharsets.UTF_8));
        return c;
    }

    private static void ownerOnly(Path p) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
    }
}
