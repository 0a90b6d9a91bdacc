package dev.tidemark.engine.internal.log;

import dev.tidemark.engine.Durability;
import java.nio.file.Path;

/**
 * Child process for {@link CrashRecoveryTest}: appends records in a loop and prints each sequence
 * number once its append has returned (is acknowledged). Arguments: directory, durability, and
 * optionally the number of appends after which it halts in the middle of writing a record.
 */
public final class CrashChild {
    private CrashChild() {
    }

    /** Payload of the record with sequence {@code seq}: deterministic, so the parent can check it. */
    static byte[] payloadFor(long seq) {
        return CommitLogTest.payload(seq, (int) (seq * 37 % 700));
    }

    public static void main(String[] args) {
        CommitLog log = CommitLog.open(Path.of(args[0]), Durability.valueOf(args[1]));
        long haltAfter = args.length > 2 ? Long.parseLong(args[2]) : Long.MAX_VALUE;
        System.out.println("OPEN " + log.lastSequence());
        System.out.flush();
        for (long n = 0; ; n++) {
            if (n == haltAfter) {
                log.insideDocument = () -> Runtime.getRuntime().halt(3);
            }
            long seq = log.lastSequence() + 1;
            LogPosition p = log.append((byte) 7, payloadFor(seq));
            if (p.sequence() != seq) {
                throw new AssertionError("sequence " + p.sequence() + " != " + seq);
            }
            System.out.println("ACK " + seq);
            System.out.flush();
        }
    }
}
