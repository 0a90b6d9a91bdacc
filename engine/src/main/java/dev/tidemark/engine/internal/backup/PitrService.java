package dev.tidemark.engine.internal.backup;

import dev.tidemark.engine.DescribeContinuousBackupsRequest;
import dev.tidemark.engine.DescribeContinuousBackupsResult;
import dev.tidemark.engine.InternalServerErrorException;
import dev.tidemark.engine.InvalidRestoreTimeException;
import dev.tidemark.engine.PointInTimeRecoveryUnavailableException;
import dev.tidemark.engine.RestoreTableToPointInTimeRequest;
import dev.tidemark.engine.RestoreTableToPointInTimeResult;
import dev.tidemark.engine.TableNotFoundException;
import dev.tidemark.engine.UpdateContinuousBackupsRequest;
import dev.tidemark.engine.UpdateContinuousBackupsResult;
import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.internal.log.LogRetention;
import dev.tidemark.engine.internal.store.Store;
import dev.tidemark.engine.internal.store.TableState;
import dev.tidemark.engine.model.ContinuousBackupsDescription;
import dev.tidemark.engine.model.ContinuousBackupsStatus;
import dev.tidemark.engine.model.PointInTimeRecoveryDescription;
import dev.tidemark.engine.model.PointInTimeRecoverySpecification;
import dev.tidemark.engine.model.PointInTimeRecoveryStatus;
import dev.tidemark.engine.model.TableDescription;
import dev.tidemark.engine.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Point-in-time recovery (reference 10.2). Turning it on writes a <em>base</em>: an image of the
 * table (like a backup) under {@code <db>/pitr/<table-id>/<log-index>/}, and holds the commit log
 * from the base's index on. The table as of time T is the newest base whose log time is at most
 * T plus the table's write records after it up to T ({@link PointInTime}). A new base is taken
 * once the newest is older than {@link #REBASE_AFTER}; bases no longer needed for the window
 * (older than the newest base at or before the window's start) are deleted, and the hold moves
 * up with the oldest base kept, so the log is retained back to about max(enable time, now -
 * period) plus one rebase interval.
 */
public final class PitrService {
    private static final Logger LOG = LoggerFactory.getLogger(PitrService.class);
    static final int DEFAULT_DAYS = 35;
    /** A new base is written when the newest is this old (database clock). */
    static final Duration REBASE_AFTER = Duration.ofDays(1);

    private final Database db;
    private final Store store;
    private final Path dir;
    private final Clock clock;
    private final TableRestorer restorer;
    /** Per table id: its bases (oldest first) and the log hold they need. */
    private final Map<Integer, History> histories = new ConcurrentHashMap<>();

    private final class History {
        final String uuid;
        final List<ImageMeta> bases = new ArrayList<>();
        final LogRetention.Hold hold;

        History(String uuid) {
            this.uuid = uuid;
            this.hold = store.retention().hold("point-in-time recovery " + uuid, this::oldestNeeded);
        }

        /** Everything until the first base is in place (it is being written), then the oldest base's index. */
        synchronized long oldestNeeded() {
            return bases.isEmpty() ? Long.MIN_VALUE : bases.get(0).logIndex();
        }

        synchronized List<ImageMeta> bases() {
            return List.copyOf(bases);
        }
    }

    /**
     * Loads the histories of the tables with recovery on; deletes bases nobody needs.
     *
     * @param db the database (restores create tables through it)
     * @param store the storage
     * @param dbDir the database directory
     * @param clock the database clock
     * @param locking the key locks
     */
    public PitrService(Database db, Store store, Path dbDir, Clock clock, KeyLocking locking) {
        this.db = db;
        this.store = store;
        this.dir = dbDir.resolve("pitr");
        this.clock = clock;
        this.restorer = new TableRestorer(db, store, locking);
        try {
            Set<String> wanted = new HashSet<>();
            for (TableState t : store.tables()) {
                if (settings(t) != null) {
                    wanted.add(t.meta().uuid());
                    History h = new History(t.meta().uuid());
                    Path td = dir.resolve(t.meta().uuid());
                    ImageFiles.cleanTemporary(td);
                    if (Files.isDirectory(td)) {
                        try (DirectoryStream<Path> ds = Files.newDirectoryStream(td)) {
                            for (Path p : ds) {
                                try {
                                    ImageMeta m = ImageMeta.decode(ImageFiles.readMeta(p));
                                    String expected = String.format("%016x", m.logIndex());
                                    if (!p.getFileName().toString().equals(expected)) {
                                        // written, but the rename to its index was cut short
                                        Files.move(p, td.resolve(expected), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                                    }
                                    h.bases.add(m);
                                } catch (IOException e) {
                                    LOG.warn("skipping damaged point-in-time base {}: {}", p, e.toString());
                                }
                            }
                        }
                    }
                    h.bases.sort(java.util.Comparator.comparingLong(ImageMeta::logIndex));
                    histories.put(t.meta().id(), h);
                    if (h.bases.isEmpty()) {
                        LOG.warn("table {} has point-in-time recovery on but no base; taking one now", t.meta().name());
                        addBase(t, h);
                    }
                }
            }
            if (Files.isDirectory(dir)) {
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                    for (Path p : ds) {
                        if (!wanted.contains(p.getFileName().toString())) {
                            ImageFiles.deleteTree(p);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read point-in-time recovery data in " + dir + ": " + e.getMessage(), e);
        }
    }

    static PitrSettings settings(TableState t) {
        return PitrSettings.decode(t.meta().options().get(PitrSettings.KEY));
    }

    private TableState table(String name) {
        BackupService.validateTableName(name, "tableName");
        TableState t = store.table(name);
        if (t == null) {
            throw new TableNotFoundException("Table not found: " + name);
        }
        return t;
    }

    private void addBase(TableState t, History h) throws IOException {
        long now = clock.millis();
        Path td = dir.resolve(h.uuid);
        String id = "base-" + now;
        // the directory is named after the log index, known only once the snapshot is taken: write under the id, then rename
        ImageMeta m = BackupService.writeImage(store, t, td, id, id, "", "BASE", now, -1);
        String name = String.format("%016x", m.logIndex());
        if (Files.exists(td.resolve(name))) {
            ImageFiles.deleteTree(td.resolve(id));
        } else {
            Files.move(td.resolve(id), td.resolve(name), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            ImageFiles.force(td);
        }
        synchronized (h) {
            h.bases.removeIf(b -> b.logIndex() == m.logIndex());
            h.bases.add(m);
            h.bases.sort(java.util.Comparator.comparingLong(ImageMeta::logIndex));
        }
    }

    /** UpdateContinuousBackups. */
    public synchronized UpdateContinuousBackupsResult updateContinuousBackups(UpdateContinuousBackupsRequest r) {
        PointInTimeRecoverySpecification spec = r.pointInTimeRecoverySpecification();
        BackupService.validateTableName(r.tableName(), "tableName");
        if (spec == null || spec.pointInTimeRecoveryEnabled() == null) {
            throw new ValidationException("1 validation error detected: Value null at 'pointInTimeRecoverySpecification.pointInTimeRecoveryEnabled' failed to satisfy constraint: Member must not be null");
        }
        Integer days = spec.recoveryPeriodInDays();
        if (days != null && (days < 1 || days > 35)) {
            throw new ValidationException("1 validation error detected: Value '" + days
                + "' at 'pointInTimeRecoverySpecification.recoveryPeriodInDays' failed to satisfy constraint: Member must have value between 1 and 35");
        }
        if (days != null && !spec.pointInTimeRecoveryEnabled()) {
            throw new ValidationException("RecoveryPeriodInDays can only be specified when PointInTimeRecoveryEnabled is true");
        }
        TableState t = table(r.tableName());
        PitrSettings current = settings(t);
        if (spec.pointInTimeRecoveryEnabled()) {
            int d = days == null ? (current == null ? DEFAULT_DAYS : current.days()) : days;
            if (current == null) {
                History h = new History(t.meta().uuid());
                try {
                    addBase(t, h);
                } catch (IOException e) {
                    h.hold.close();
                    throw new InternalServerErrorException("cannot enable point-in-time recovery: " + e.getMessage(), e);
                }
                PitrSettings next = new PitrSettings(d, clock.millis());
                store.updateTable(t, m -> m.withOptions(m.options().with(PitrSettings.KEY, next.encode())));
                History old = histories.put(t.meta().id(), h);
                if (old != null) {
                    old.hold.close();
                }
            } else if (current.days() != d) {
                PitrSettings next = new PitrSettings(d, current.enabledAtMillis());
                store.updateTable(t, m -> m.withOptions(m.options().with(PitrSettings.KEY, next.encode())));
            }
        } else if (current != null) {
            store.updateTable(t, m -> m.withOptions(m.options().without(PitrSettings.KEY)));
            drop(t.meta().id());
        }
        return UpdateContinuousBackupsResult.builder().continuousBackupsDescription(describe(t)).build();
    }

    private void drop(int tableId) {
        History h = histories.remove(tableId);
        if (h != null) {
            h.hold.close();
            try {
                ImageFiles.deleteTree(dir.resolve(h.uuid));
            } catch (IOException e) {
                LOG.warn("cannot delete point-in-time bases of {}: {}", h.uuid, e.toString());
            }
        }
    }

    /** DescribeContinuousBackups. */
    public DescribeContinuousBackupsResult describeContinuousBackups(DescribeContinuousBackupsRequest r) {
        return DescribeContinuousBackupsResult.builder().continuousBackupsDescription(describe(table(r.tableName()))).build();
    }

    private ContinuousBackupsDescription describe(TableState t) {
        PitrSettings s = settings(t);
        PointInTimeRecoveryDescription d;
        if (s == null) {
            d = PointInTimeRecoveryDescription.builder().pointInTimeRecoveryStatus(PointInTimeRecoveryStatus.DISABLED).build();
        } else {
            Instant[] w = window(s);
            d = PointInTimeRecoveryDescription.builder().pointInTimeRecoveryStatus(PointInTimeRecoveryStatus.ENABLED)
                .recoveryPeriodInDays(s.days()).earliestRestorableDateTime(w[0]).latestRestorableDateTime(w[1]).build();
        }
        return ContinuousBackupsDescription.builder().continuousBackupsStatus(ContinuousBackupsStatus.ENABLED)
            .pointInTimeRecoveryDescription(d).build();
    }

    /**
     * The restorable window, whole seconds: from the enable time rounded up (or, once the table
     * has had recovery on for longer than the period, now minus the period rounded down: the
     * history kept reaches further back) to now rounded down.
     */
    Instant[] window(PitrSettings s) {
        Instant now = clock.instant();
        Instant periodStart = now.minus(Duration.ofDays(s.days()));
        Instant earliest;
        if (s.enabledAtMillis() >= periodStart.toEpochMilli()) {
            Instant enabled = Instant.ofEpochMilli(s.enabledAtMillis());
            earliest = enabled.truncatedTo(ChronoUnit.SECONDS);
            if (earliest.isBefore(enabled)) {
                earliest = earliest.plusSeconds(1);
            }
        } else {
            earliest = periodStart.truncatedTo(ChronoUnit.SECONDS);
        }
        return new Instant[] {earliest, now.truncatedTo(ChronoUnit.SECONDS)};
    }

    /** The table (recovery on) named by a name or an ARN. */
    TableState source(String name, String arn) {
        if ((name == null) == (arn == null)) {
            throw new ValidationException("Exactly one of SourceTableName and SourceTableArn must be specified");
        }
        if (arn != null) {
            if (!arn.startsWith(BackupService.ARN_PREFIX) || arn.indexOf('/', BackupService.ARN_PREFIX.length()) >= 0) {
                throw new ValidationException("Invalid TableArn: " + arn);
            }
            name = arn.substring(BackupService.ARN_PREFIX.length());
        }
        return table(name);
    }

    /** Checks recovery is on; returns its settings. */
    PitrSettings requireEnabled(TableState t) {
        PitrSettings s = settings(t);
        if (s == null) {
            throw new PointInTimeRecoveryUnavailableException("Point in time recovery is not enabled for table '" + t.meta().name() + "'");
        }
        return s;
    }

    /**
     * The table's items as of a log time (at least its earliest restorable time), holding the log
     * while reading it.
     */
    synchronized TreeMap<byte[], ImageFiles.Item> imageAt(TableState t, long untilMillis, PointInTime.Observer observer) throws IOException {
        History h = histories.get(t.meta().id());
        if (h == null) {
            throw new PointInTimeRecoveryUnavailableException("Point in time recovery is not enabled for table '" + t.meta().name() + "'");
        }
        List<ImageMeta> bases = h.bases();
        ImageMeta base = bases.get(0);
        for (ImageMeta b : bases) {
            if (b.logTimestamp() <= untilMillis) {
                base = b;
            }
        }
        if (base.logTimestamp() > untilMillis) {
            throw new InvalidRestoreTimeException("The history of table " + t.meta().name() + " before "
                + Instant.ofEpochMilli(base.logTimestamp()) + " is not available");
        }
        long index = base.logIndex();
        try (LogRetention.Hold hold = store.retention().hold("point-in-time read " + h.uuid, () -> index)) {
            return PointInTime.image(store, dir.resolve(h.uuid).resolve(String.format("%016x", index)), index,
                t.meta().id(), untilMillis, observer);
        }
    }

    /** RestoreTableToPointInTime. */
    public RestoreTableToPointInTimeResult restoreTableToPointInTime(RestoreTableToPointInTimeRequest r) {
        TableState t = source(r.sourceTableName(), r.sourceTableArn());
        boolean latest = Boolean.TRUE.equals(r.useLatestRestorableTime());
        if (latest && r.restoreDateTime() != null) {
            throw new ValidationException("Only one of RestoreDateTime or UseLatestRestorableTime can be specified");
        }
        if (!latest && r.restoreDateTime() == null) {
            throw new ValidationException("Either RestoreDateTime or UseLatestRestorableTime must be specified");
        }
        PitrSettings s = requireEnabled(t);
        Instant[] w = window(s);
        Instant at = latest ? w[1] : r.restoreDateTime().truncatedTo(ChronoUnit.SECONDS);
        if (at.isBefore(w[0]) || at.isAfter(w[1])) {
            throw new InvalidRestoreTimeException("Restore time " + at + " is outside the restorable window ["
                + w[0] + ", " + w[1] + "] of table " + t.meta().name());
        }
        restorer.checkTarget(r.targetTableName());
        var create = TableRestorer.request(r.targetTableName(), t.meta(), new TableRestorer.Overrides(r.billingModeOverride(),
            r.provisionedThroughputOverride(), r.globalSecondaryIndexOverride(), r.localSecondaryIndexOverride()));
        TreeMap<byte[], ImageFiles.Item> items;
        try {
            items = imageAt(t, at.toEpochMilli(), null);
        } catch (IOException e) {
            throw new InternalServerErrorException("point-in-time restore failed: " + e.getMessage(), e);
        }
        TableDescription d = restorer.restore(create, sink -> items.values().forEach(sink));
        return RestoreTableToPointInTimeResult.builder().tableDescription(d).build();
    }

    /**
     * Background upkeep: forgets tables that were deleted, writes a new base when the newest is
     * older than {@link #REBASE_AFTER}, and deletes bases the window no longer needs.
     */
    public synchronized void maintain() {
        forgetDeleted();
        for (Map.Entry<Integer, History> e : histories.entrySet()) {
            History h = e.getValue();
            TableState t = null;
            for (TableState c : store.tables()) {
                if (c.meta().id() == e.getKey()) {
                    t = c;
                }
            }
            PitrSettings s = t == null ? null : settings(t);
            if (s == null) {
                drop(e.getKey());
                continue;
            }
            List<ImageMeta> bases = h.bases();
            long now = clock.millis();
            try {
                if (bases.isEmpty() || now - bases.get(bases.size() - 1).createdMillis() >= REBASE_AFTER.toMillis()) {
                    addBase(t, h);
                }
                long windowStart = window(s)[0].toEpochMilli();
                prune(h, windowStart);
            } catch (IOException | RuntimeException ex) {
                LOG.warn("point-in-time upkeep of {} failed: {}", t.meta().name(), ex.toString());
            }
        }
    }

    /** Drops the bases and log hold of tables that were deleted or had recovery turned off. */
    public synchronized void forgetDeleted() {
        Set<Integer> live = new HashSet<>();
        for (TableState t : store.tables()) {
            if (settings(t) != null) {
                live.add(t.meta().id());
            }
        }
        for (Integer id : List.copyOf(histories.keySet())) {
            if (!live.contains(id)) {
                drop(id);
            }
        }
    }

    /** Deletes the bases older than the newest base at or before the window start. */
    private void prune(History h, long windowStart) throws IOException {
        List<ImageMeta> drop = new ArrayList<>();
        synchronized (h) {
            int keepFrom = 0;
            for (int i = 0; i < h.bases.size(); i++) {
                if (h.bases.get(i).logTimestamp() <= windowStart) {
                    keepFrom = i;
                }
            }
            for (int i = 0; i < keepFrom; i++) {
                drop.add(h.bases.get(i));
            }
            h.bases.subList(0, keepFrom).clear();
        }
        for (ImageMeta b : drop) {
            ImageFiles.deleteTree(dir.resolve(h.uuid).resolve(String.format("%016x", b.logIndex())));
        }
    }
}
