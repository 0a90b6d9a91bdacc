package dev.tidemark.engine.internal.stream;

import dev.tidemark.engine.ResourceInUseException;
import dev.tidemark.engine.ResourceNotFoundException;
import dev.tidemark.engine.StreamSubscription;
import dev.tidemark.engine.Subscription;
import dev.tidemark.engine.TrimmedDataAccessException;
import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.internal.store.Store;
import dev.tidemark.engine.model.ShardIteratorType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The push API: one daemon thread per subscription reads the table's stream from the consumer's
 * checkpoint and hands batches to the handler. A consumer checkpoint is the file
 * {@code <db>/streams/consumers/<name>.ckpt} holding the stream label and the last acknowledged
 * sequence number; it is replaced atomically (write a temporary file, force, rename, force the
 * directory) after each acknowledged batch.
 */
public final class Subscriptions implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Subscriptions.class);
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_.-]{1,128}");

    private final Store store;
    private final StreamStore streams;
    private final StreamReads reads;
    private final Clock clock;
    private final Path dir;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final Set<Worker> workers = ConcurrentHashMap.newKeySet();

    /**
     * Creates the registry.
     *
     * @param store the tables
     * @param streams the stream records
     * @param reads the read API
     * @param clock the database clock
     * @param dir the consumers directory
     */
    public Subscriptions(Store store, StreamStore streams, StreamReads reads, Clock clock, Path dir) {
        this.store = store;
        this.streams = streams;
        this.reads = reads;
        this.clock = clock;
        this.dir = dir;
    }

    /** Starts a subscription. */
    public Subscription subscribe(StreamSubscription s) {
        if (s.tableName() == null || s.consumerName() == null || s.handler() == null) {
            throw new ValidationException("A subscription needs a tableName, a consumerName and a handler");
        }
        if (!NAME.matcher(s.consumerName()).matches()) {
            throw new ValidationException("Invalid consumerName " + s.consumerName() + ": 1 to 128 of a-z, A-Z, 0-9, _ . -");
        }
        ShardIteratorType initial = s.initialPosition() == null ? ShardIteratorType.TRIM_HORIZON : s.initialPosition();
        if (initial != ShardIteratorType.TRIM_HORIZON && initial != ShardIteratorType.LATEST) {
            throw new ValidationException("A subscription starts at TRIM_HORIZON or LATEST, not " + initial);
        }
        int batch = s.batchSize() == null ? 100 : s.batchSize();
        if (batch < 1 || batch > StreamReads.MAX_RECORDS) {
            throw new ValidationException("batchSize must be between 1 and 1000");
        }
        Duration backoff = s.retryBackoff() == null ? Duration.ofSeconds(1) : s.retryBackoff();
        Duration poll = s.pollInterval() == null ? Duration.ofMillis(200) : s.pollInterval();
        if (backoff.isNegative() || poll.isNegative() || poll.isZero()) {
            throw new ValidationException("retryBackoff must not be negative and pollInterval must be positive");
        }
        if (store.table(s.tableName()) == null) {
            throw new ResourceNotFoundException("Requested resource not found: Table: " + s.tableName() + " not found");
        }
        StreamReads.Located l = reads.current(s.tableName());
        if (l == null) {
            throw new ValidationException("Table " + s.tableName() + " has no enabled stream");
        }
        if (!running.add(s.consumerName())) {
            throw new ResourceInUseException("A subscription of consumer " + s.consumerName() + " is already running");
        }
        try {
            Files.createDirectories(dir);
            Checkpoint cp = readCheckpoint(s.consumerName());
            long position;
            if (cp != null && cp.label().equals(l.stream().label())) {
                position = cp.sequence() + 1;
            } else if (cp != null || initial == ShardIteratorType.TRIM_HORIZON) {
                position = 0; // a checkpoint of an older stream: the new stream from its start
            } else {
                StreamStore.StreamIndex ix = l.index(streams);
                position = ix == null || ix.lastSequence() < 0 ? 0 : ix.lastSequence() + 1;
            }
            Worker w = new Worker(s, l, position, cp == null ? null : cp.sequence(), batch, backoff, poll);
            workers.add(w);
            w.thread.start();
            return w;
        } catch (IOException | RuntimeException e) {
            running.remove(s.consumerName());
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot read the checkpoint of consumer " + s.consumerName(), io);
            }
            throw (RuntimeException) e;
        }
    }

    record Checkpoint(String label, long sequence) {
    }

    private Path checkpointPath(String consumer) {
        return dir.resolve(consumer + ".ckpt");
    }

    private Checkpoint readCheckpoint(String consumer) throws IOException {
        Path p = checkpointPath(consumer);
        if (!Files.exists(p)) {
            return null;
        }
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        if (lines.size() < 2) {
            throw new IOException("damaged consumer checkpoint " + p);
        }
        return new Checkpoint(lines.get(0), Long.parseLong(lines.get(1).trim()));
    }

    private void writeCheckpoint(String consumer, Checkpoint cp) throws IOException {
        Path tmp = dir.resolve(consumer + ".ckpt.tmp");
        byte[] bytes = (cp.label() + "\n" + cp.sequence() + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(java.nio.ByteBuffer.wrap(bytes));
            ch.force(true);
        }
        Files.move(tmp, checkpointPath(consumer), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException ignored) {
            // some file systems cannot force a directory; the rename is still atomic
        }
    }

    private final class Worker implements Subscription {
        private final StreamSubscription spec;
        private final int batch;
        private final Duration backoff;
        private final Duration poll;
        private final Thread thread;
        private volatile boolean closed;
        private volatile Long acknowledged;
        private StreamReads.Located located;
        private long position;

        Worker(StreamSubscription spec, StreamReads.Located located, long position, Long acknowledged,
               int batch, Duration backoff, Duration poll) {
            this.spec = spec;
            this.located = located;
            this.position = position;
            this.acknowledged = acknowledged;
            this.batch = batch;
            this.backoff = backoff;
            this.poll = poll;
            this.thread = new Thread(this::run, "tidemark-subscription-" + spec.consumerName());
            thread.setDaemon(true);
        }

        @Override
        public String consumerName() {
            return spec.consumerName();
        }

        @Override
        public String lastAcknowledgedSequenceNumber() {
            Long a = acknowledged;
            return a == null ? null : StoredRecord.format(a);
        }

        private void run() {
            try {
                while (!closed) {
                    long seen = streams.appendCount();
                    StreamReads.Page page;
                    try {
                        page = reads.read(located, position, batch, clock.millis());
                    } catch (TrimmedDataAccessException e) {
                        LOG.warn("consumer {} fell behind the 24-hour retention; continuing at the oldest record", spec.consumerName());
                        StreamStore.StreamIndex ix = located.index(streams);
                        position = ix == null ? position : Math.max(position, Math.max(ix.trimmedBefore(), ix.firstSequence()));
                        skipTrimmed();
                        continue;
                    }
                    if (page.records().isEmpty()) {
                        if (!located.stream().enabled() || !stillCurrent()) {
                            StreamReads.Located next = reads.current(spec.tableName());
                            if (next != null && !next.stream().label().equals(located.stream().label())) {
                                located = next;
                                position = 0;
                                continue;
                            }
                        }
                        streams.await(seen, poll.toMillis());
                        continue;
                    }
                    try {
                        spec.handler().handle(page.records());
                    } catch (Exception e) {
                        LOG.warn("consumer {}: handler failed, retrying the batch after {}: {}", spec.consumerName(), backoff, e.toString());
                        synchronized (this) {
                            if (!closed) {
                                wait(Math.max(1, backoff.toMillis()));
                            }
                        }
                        continue;
                    }
                    long last = page.stored().get(page.stored().size() - 1).sequence();
                    writeCheckpoint(spec.consumerName(), new Checkpoint(located.stream().label(), last));
                    acknowledged = last;
                    position = page.next();
                }
            } catch (InterruptedException e) {
                // closing
            } catch (IOException | RuntimeException e) {
                if (!closed) {
                    LOG.error("consumer {} stopped: {}", spec.consumerName(), e.toString());
                }
            } finally {
                running.remove(spec.consumerName());
                workers.remove(this);
            }
        }

        /** Moves past records older than the retention. */
        private void skipTrimmed() {
            StreamStore.StreamIndex ix = located.index(streams);
            if (ix == null) {
                return;
            }
            long horizon = clock.millis() - StreamSettings.RETENTION_MILLIS;
            long[][] e = ix.from(position, 1024);
            for (int i = 0; i < e[0].length && e[2][i] < horizon; i++) {
                position = e[0][i] + 1;
            }
        }

        /** Whether the subscribed stream is still the table's latest (and the table exists). */
        private boolean stillCurrent() {
            try {
                StreamReads.Located now = reads.locate(located.arn());
                located = now;
                return now.stream().enabled();
            } catch (ResourceNotFoundException e) {
                return false;
            }
        }

        @Override
        public void close() {
            closed = true;
            // no interrupt: it would close the file channels the delivery thread reads
            synchronized (this) {
                notifyAll();
            }
            streams.wake();
            if (Thread.currentThread() != thread) {
                try {
                    thread.join(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Stops every subscription. */
    @Override
    public void close() {
        for (Worker w : workers) {
            w.close();
        }
    }
}
