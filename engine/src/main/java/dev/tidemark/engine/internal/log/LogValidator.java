package dev.tidemark.engine.internal.log;

import java.nio.file.Path;
import java.util.Set;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scan of a whole commit log when it is opened: checks every record's checksum and the sequence
 * chain, finds the records that drop markers hide, and finds a torn last record that the log must
 * drop. It only reads; {@link CommitLog} appends the drop marker for a torn record it reports.
 *
 * <p>A bad record followed by a valid drop marker naming it is hidden together with the marker. A
 * bad record that is the last one is torn (reported and logged at WARN). A bad record anywhere
 * else, or a visible record whose sequence is not the previous one + 1, fails the scan with
 * {@link CorruptLogException}.
 */
final class LogValidator {
    /** Logs under the commit log's name: these messages are about the log. */
    private static final Logger LOG = LoggerFactory.getLogger(CommitLog.class);

    /** {@link Result#tornIndex()} when the log has no torn last record. */
    static final long NO_TORN_RECORD = -1;

    /**
     * What a scan found.
     *
     * @param lastSequence the sequence number of the last visible record; 0 when there is none
     * @param lastIndex the index of the last visible record; {@code -1} when there is none
     * @param lastTimestamp the greatest timestamp of a visible record; 0 when there is none
     * @param tornIndex the index of the torn last record to drop, or {@link #NO_TORN_RECORD}
     */
    record Result(long lastSequence, long lastIndex, long lastTimestamp, long tornIndex) {
    }

    private LogValidator() {
    }

    /**
     * Scans the whole log in {@code queue}, adding the indices of records hidden by drop markers
     * (and of the markers) to {@code hidden}.
     *
     * @param dir the log directory, named in messages when Chronicle does not tell the file
     * @throws CorruptLogException if a record other than the last one is corrupt, or the sequence
     *     chain is broken
     */
    static Result scan(SingleChronicleQueue queue, Path dir, Set<Long> hidden) {
        ExcerptTailer tailer = queue.createTailer();
        try {
            BadRecord pending = null;
            long seq = 0;
            long idx = -1;
            long ts = 0;
            while (true) {
                try (DocumentContext dc = tailer.readingDocument()) {
                    if (!dc.isPresent()) {
                        break;
                    }
                    long index = dc.index();
                    Bytes<?> bytes = dc.wire().bytes();
                    long offset = bytes.readPosition();
                    byte[] raw = new byte[(int) bytes.readRemaining()];
                    bytes.read(offset, raw, 0, raw.length);
                    String problem = RecordCodec.check(raw);
                    if (pending != null) {
                        if (problem == null && raw[0] == CommitLog.TYPE_DROP_MARKER
                                && RecordCodec.markerTarget(raw) == pending.index) {
                            hidden.add(pending.index);
                            hidden.add(index);
                            pending = null;
                            continue;
                        }
                        throw pending.exception();
                    }
                    if (problem != null) {
                        pending = new BadRecord(CommitLog.fileOf(dir, tailer.currentFile()), index, offset, problem);
                        continue;
                    }
                    long recSeq = RecordCodec.sequence(raw);
                    if (raw[0] == CommitLog.TYPE_DROP_MARKER) {
                        // a marker whose target was valid when read: hide both all the same
                        hidden.add(RecordCodec.markerTarget(raw));
                        hidden.add(index);
                        continue;
                    }
                    if (seq != 0 && recSeq != seq + 1) {
                        throw new CorruptLogException(CommitLog.fileOf(dir, tailer.currentFile()), index, offset,
                                "sequence " + recSeq + " does not follow " + seq);
                    }
                    seq = recSeq;
                    idx = index;
                    ts = Math.max(ts, RecordCodec.timestamp(raw));
                }
            }
            long torn = NO_TORN_RECORD;
            if (pending != null) {
                LOG.warn("commit log {}: dropping the torn last record at index 0x{} (file {}, offset {}): {}",
                        dir, Long.toHexString(pending.index), pending.file, pending.offset, pending.problem);
                torn = pending.index;
            }
            return new Result(seq, idx, ts, torn);
        } finally {
            tailer.close();
        }
    }

    /** A record that failed its check, not yet known to be the last one. */
    private record BadRecord(Path file, long index, long offset, String problem) {
        CorruptLogException exception() {
            return new CorruptLogException(file, index, offset, problem + " (and it is not the last record)");
        }
    }
}
