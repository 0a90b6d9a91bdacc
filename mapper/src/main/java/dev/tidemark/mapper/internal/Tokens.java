package dev.tidemark.mapper.internal;

import dev.tidemark.engine.model.AttributeValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Continuation tokens: a last-evaluated key as an opaque URL-safe string. */
final class Tokens {
    private static final int VERSION = 1;

    private Tokens() {
    }

    static String encode(Map<String, AttributeValue> key) {
        if (key == null || key.isEmpty()) {
            return null;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(VERSION);
            out.writeByte(key.size());
            for (Map.Entry<String, AttributeValue> e : key.entrySet()) {
                out.writeUTF(e.getKey());
                AttributeValue v = e.getValue();
                switch (v.type()) {
                    case S -> {
                        out.writeByte('S');
                        byte[] b = v.s().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                        out.writeInt(b.length);
                        out.write(b);
                    }
                    case N -> {
                        out.writeByte('N');
                        out.writeUTF(v.n());
                    }
                    case B -> {
                        out.writeByte('B');
                        byte[] b = v.bytesUnsafe();
                        out.writeInt(b.length);
                        out.write(b);
                    }
                    default -> throw new IllegalStateException("key attribute of type " + v.type());
                }
            }
            out.flush();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, AttributeValue> decode(String token) {
        if (token == null) {
            return null;
        }
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(token)));
            if (in.readByte() != VERSION) {
                throw new IllegalArgumentException("Invalid continuation token");
            }
            int n = in.readByte();
            Map<String, AttributeValue> key = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String name = in.readUTF();
                int type = in.readByte();
                switch (type) {
                    case 'S' -> {
                        byte[] b = new byte[in.readInt()];
                        in.readFully(b);
                        key.put(name, AttributeValue.fromS(new String(b, java.nio.charset.StandardCharsets.UTF_8)));
                    }
                    case 'N' -> key.put(name, AttributeValue.fromN(in.readUTF()));
                    case 'B' -> {
                        byte[] b = new byte[in.readInt()];
                        in.readFully(b);
                        key.put(name, AttributeValue.ownedB(b));
                    }
                    default -> throw new IllegalArgumentException("Invalid continuation token");
                }
            }
            if (in.available() > 0) {
                throw new IllegalArgumentException("Invalid continuation token");
            }
            return key;
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Invalid continuation token", e);
        }
    }
}
