package dev.tidemark.mapper.internal;

import java.security.SecureRandom;

/** ULIDs: 48 bits of milliseconds and 80 random bits in 26 Crockford base-32 characters; they sort by time. */
final class Ulid {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ulid() {
    }

    static String next(long millis) {
        byte[] rnd = new byte[10];
        RANDOM.nextBytes(rnd);
        char[] out = new char[26];
        long t = millis;
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (t & 31)];
            t >>>= 5;
        }
        // 80 random bits as 16 characters of 5 bits.
        long hi = ((rnd[0] & 0xFFL) << 32) | ((rnd[1] & 0xFFL) << 24) | ((rnd[2] & 0xFFL) << 16) | ((rnd[3] & 0xFFL) << 8)
            | (rnd[4] & 0xFFL);
        long lo = ((rnd[5] & 0xFFL) << 32) | ((rnd[6] & 0xFFL) << 24) | ((rnd[7] & 0xFFL) << 16) | ((rnd[8] & 0xFFL) << 8)
            | (rnd[9] & 0xFFL);
        for (int i = 17; i >= 10; i--) {
            out[i] = ALPHABET[(int) (hi & 31)];
            hi >>>= 5;
        }
        for (int i = 25; i >= 18; i--) {
            out[i] = ALPHABET[(int) (lo & 31)];
            lo >>>= 5;
        }
        return new String(out);
    }
}
