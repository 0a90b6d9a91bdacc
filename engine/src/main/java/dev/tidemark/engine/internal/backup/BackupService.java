package dev.tidemark.engine.internal.backup;

import dev.tidemark.engine.internal.value.TableNames;
import dev.tidemark.engine.BackupInUseException;
import dev.tidemark.engine.BackupNotFoundException;
import dev.tidemark.engine.CreateBackupRequest;
import dev.tidemark.engine.CreateBackupResult;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.DeleteBackupRequest;
import dev.tidemark.engine.DeleteBackupResult;
import dev.tidemark.engine.DescribeBackupRequest;
import dev.tidemark.engine.DescribeBackupResult;
import dev.tidemark.engine.InternalServerErrorException;
import dev.tidemark.engine.ListBackupsRequest;
import dev.tidemark.engine.ListBackupsResult;
import dev.tidemark.engine.RestoreTableFromBackupRequest;
import dev.tidemark.engine.RestoreTableFromBackupResult;
import dev.tidemark.engine.TableNotFoundException;
import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.internal.log.LogRetention;
import dev.tidemark.engine.internal.store.ItemEntry;
import dev.tidemark.engine.internal.store.Store;
import dev.tidemark.engine.internal.store.TableMeta;
import dev.tidemark.engine.internal.store.TableSnapshot;
import dev.tidemark.engine.internal.store.TableState;
import dev.tidemark.engine.model.BackupDescription;
import dev.tidemark.engine.model.BackupDetails;
import dev.tidemark.engine.model.BackupStatus;
import dev.tidemark.engine.model.BackupSummary;
import dev.tidemark.engine.model.BackupType;
import dev.tidemark.engine.model.BackupTypeFilter;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.KeyType;
import dev.tidemark.engine.model.ProvisionedThroughput;
import dev.tidemark.engine.model.SourceTableDetails;
import dev.tidemark.engine.model.TableDescription;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On-demand backups (reference 10.1): CreateBackup, DescribeBackup, ListBackups, DeleteBackup,
 * RestoreTableFromBackup. A backup is a {@link TableSnapshot} of the table written as a
 * self-contained image under {@code <db>/backups/<backup-id>/} (see {@link ImageFiles}); it
 * outlives the table, log compaction and restarts. CreateBackup is synchronous: it returns the
 * backup AVAILABLE, and writers go on meanwhile.
 */
public final class BackupService {
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    static final String ARN_PREFIX = "arn:aws:dynamodb:tidemark:000000000000:table/";
    private static final Pattern BACKUP_NAME = Pattern.compile("[a-zA-Z0-9_.-]+");
    static final String TYPE_USER = "USER";
    static final String TYPE_SYSTEM = "SYSTEM";

    private final Store store;
    private final Path dir;
    private final Clock clock;
    private final TableRestorer restorer;
    /** AVAILABLE backups by ARN. */
    private final Map<String, ImageMeta> backups = new ConcurrentHashMap<>();
    private final Map<String, String> arnToId = new ConcurrentHashMap<>();
    /** Tables with a backup being taken (by name), backups being restored from (by ARN). */
    private final Set<String> busy = ConcurrentHashMap.newKeySet();

    /**
     * Loads the backups found under {@code <db>/backups}, dropping leftovers of interrupted writes.
     *
     * @param db the database (restores create tables through it)
     * @param store the storage
     * @param dbDir the database directory
     * @param clock the database clock (creation times)
     * @param locking the key locks
     */
    public BackupService(Database db, Store store, Path dbDir, Clock clock, KeyLocking locking) {
        this.store = store;
        this.dir = dbDir.resolve("backups");
        this.clock = clock;
        this.restorer = new TableRestorer(db, store, locking);
        try {
            ImageFiles.cleanTemporary(dir);
            if (Files.isDirectory(dir)) {
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                    for (Path p : ds) {
                        if (p.getFileName().toString().startsWith(".")) {
                            continue;
                        }
                        try {
                            ImageMeta m = ImageMeta.decode(ImageFiles.readMeta(p));
                            backups.put(arn(m), m);
                            arnToId.put(arn(m), m.id());
                        } catch (IOException e) {
                            LOG.warn("skipping damaged backup {}: {}", p, e.toString());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read backups in " + dir + ": " + e.getMessage(), e);
        }
    }

    static String arn(ImageMeta m) {
        return ARN_PREFIX + m.table().name() + "/backup/" + m.id();
    }

    /** CreateBackup. */
    public CreateBackupResult createBackup(CreateBackupRequest r) {
        validateTableName(r.tableName(), "tableName");
        String name = r.backupName();
        if (name == null) {
            throw new ValidationException("1 validation error detected: Value null at 'backupName' failed to satisfy constraint: Member must not be null");
        }
        if (name.length() < 3 || name.length() > 255) {
            throw new ValidationException("1 validation error detected: Value '" + name
                + "' at 'backupName' failed to satisfy constraint: Member must have length between 3 and 255");
        }
        if (!BACKUP_NAME.matcher(name).matches()) {
            throw new ValidationException("1 validation error detected: Value '" + name
                + "' at 'backupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
        }
        TableState t = store.table(r.tableName());
        if (t == null) {
            throw new TableNotFoundException("Table not found: " + r.tableName());
        }
        ImageMeta m = takeBackup(t, name, TYPE_USER, -1);
        return CreateBackupResult.builder().backupDetails(details(m, BackupStatus.AVAILABLE)).build();
    }

    /**
     * Takes a backup of a table (user or system backup).
     *
     * @throws BackupInUseException when another backup of the table is being taken
     */
    ImageMeta takeBackup(TableState t, String name, String type, long expiryMillis) {
        String tableName = t.meta().name();
        if (!busy.add("table:" + tableName)) {
            throw new BackupInUseException("Backup operation is in progress for table: " + tableName);
        }
        try {
            long created = clock.millis();
            String id = String.format("%013d-%08x", created, ThreadLocalRandom.current().nextInt());
            ImageMeta m = writeImage(store, t, dir, id, id, name, type, created, expiryMillis);
            backups.put(arn(m), m);
            arnToId.put(arn(m), id);
            return m;
        } catch (IOException e) {
            throw new InternalServerErrorException("backup of " + tableName + " failed: " + e.getMessage(), e);
        } finally {
            busy.remove("table:" + tableName);
        }
    }

    /**
     * Writes a snapshot of a table as an image {@code parent/dirName}, holding the log's history
     * until the bodies are copied.
     */
    static ImageMeta writeImage(Store store, TableState t, Path parent, String dirName, String id, String name, String type,
                                long createdMillis, long expiryMillis) throws IOException {
        try (LogRetention.Hold hold = store.retention().hold("image " + id, () -> Long.MIN_VALUE)) {
            ConcurrentSkipListMap<byte[], ItemEntry> entries;
            TableSnapshot s = store.snapshot(t);
            try {
                entries = s.entries();
            } finally {
                s.close();
            }
            long size = 0;
            for (ItemEntry e : entries.values()) {
                size += e.size();
            }
            ImageMeta m = new ImageMeta(id, name, type, createdMillis, expiryMillis, s.logIndex(), s.logTimestamp(),
                entries.size(), size, s.meta());
            ImageFiles.write(parent, dirName, m.encode(), sink -> {
                for (Map.Entry<byte[], ItemEntry> e : entries.entrySet()) {
                    sink.accept(new ImageFiles.Item(e.getKey(), e.getValue().size(), store.body(e.getValue())));
                }
            });
            return m;
        }
    }

    private ImageMeta find(String backupArn) {
        if (backupArn == null) {
            throw new ValidationException("1 validation error detected: Value null at 'backupArn' failed to satisfy constraint: Member must not be null");
        }
        ImageMeta m = backups.get(backupArn);
        if (m == null) {
            throw new BackupNotFoundException("Backup not found: " + backupArn);
        }
        return m;
    }

    /**
     * Before a table with point-in-time recovery on is deleted: keeps its items as the system
     * backup {@code <table>$DeletedTableBackup}, expiring after 35 days (reference 10.2).
     *
     * @return the backup's ARN, or null when none was needed
     */
    public String keepDeletedTable(String tableName) {
        TableState t = tableName == null ? null : store.table(tableName);
        if (t == null || PitrService.settings(t) == null) {
            return null;
        }
        long expiry = clock.millis() + java.time.Duration.ofDays(35).toMillis();
        return arn(takeBackup(t, tableName + "$DeletedTableBackup", TYPE_SYSTEM, expiry));
    }

    /** Deletes a backup quietly (a system backup whose table deletion did not happen). */
    public void discard(String backupArn) {
        try {
            deleteBackup(DeleteBackupRequest.builder().backupArn(backupArn).build());
        } catch (RuntimeException e) {
            LOG.warn("cannot discard backup {}: {}", backupArn, e.toString());
        }
    }

    /** Background upkeep: deletes expired system backups. */
    public void maintain() {
        long now = clock.millis();
        for (ImageMeta m : List.copyOf(backups.values())) {
            if (m.expiryMillis() >= 0 && m.expiryMillis() <= now) {
                discard(arn(m));
            }
        }
    }

    /** DescribeBackup. */
    public DescribeBackupResult describeBackup(DescribeBackupRequest r) {
        return DescribeBackupResult.builder().backupDescription(description(find(r.backupArn()), BackupStatus.AVAILABLE)).build();
    }

    /** DeleteBackup. */
    public DeleteBackupResult deleteBackup(DeleteBackupRequest r) {
        ImageMeta m = find(r.backupArn());
        String arn = arn(m);
        if (!busy.add("backup:" + arn)) {
            throw new BackupInUseException("Backup is being used: " + arn);
        }
        try {
            if (backups.remove(arn) == null) {
                throw new BackupNotFoundException("Backup not found: " + arn);
            }
            Path gone = dir.resolve("." + m.id() + ".deleted.tmp");
            Files.move(dir.resolve(m.id()), gone, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            ImageFiles.force(dir);
            ImageFiles.deleteTree(gone);
        } catch (IOException e) {
            throw new InternalServerErrorException("cannot delete backup " + arn + ": " + e.getMessage(), e);
        } finally {
            busy.remove("backup:" + arn);
        }
        return DeleteBackupResult.builder().backupDescription(description(m, BackupStatus.DELETED)).build();
    }

    /** ListBackups: oldest first; filters by table, creation time [lower, upper) and type. */
    public ListBackupsResult listBackups(ListBackupsRequest r) {
        int limit = r.limit() == null ? 100 : r.limit();
        if (limit < 1 || limit > 100) {
            throw new ValidationException("1 validation error detected: Value '" + limit
                + "' at 'limit' failed to satisfy constraint: Member must have value between 1 and 100");
        }
        if (r.tableName() != null) {
            validateTableName(r.tableName(), "tableName");
        }
        if (r.timeRangeLowerBound() != null && r.timeRangeUpperBound() != null
            && r.timeRangeLowerBound().isAfter(r.timeRangeUpperBound())) {
            throw new ValidationException("TimeRangeLowerBound must not be after TimeRangeUpperBound");
        }
        if (r.exclusiveStartBackupArn() != null && !backups.containsKey(r.exclusiveStartBackupArn())) {
            throw new ValidationException("Invalid ExclusiveStartBackupArn: " + r.exclusiveStartBackupArn());
        }
        BackupTypeFilter filter = r.backupType() == null ? BackupTypeFilter.USER : r.backupType();
        List<ImageMeta> all = new ArrayList<>(backups.values());
        all.sort(java.util.Comparator.comparingLong(ImageMeta::createdMillis).thenComparing(ImageMeta::id));
        List<BackupSummary> page = new ArrayList<>();
        boolean started = r.exclusiveStartBackupArn() == null;
        String last = null;
        for (ImageMeta m : all) {
            if (!started) {
                started = arn(m).equals(r.exclusiveStartBackupArn());
                continue;
            }
            if (r.tableName() != null && !r.tableName().equals(m.table().name())) {
                continue;
            }
            Instant created = Instant.ofEpochMilli(m.createdMillis());
            if (r.timeRangeLowerBound() != null && created.isBefore(r.timeRangeLowerBound())) {
                continue;
            }
            if (r.timeRangeUpperBound() != null && !created.isBefore(r.timeRangeUpperBound())) {
                continue;
            }
            if (filter != BackupTypeFilter.ALL && !filter.name().equals(m.type())) {
                continue;
            }
            if (page.size() == limit) {
                last = page.get(page.size() - 1).backupArn();
                break;
            }
            BackupDetails d = details(m, BackupStatus.AVAILABLE);
            page.add(BackupSummary.builder().tableName(m.table().name()).tableId(m.table().uuid())
                .tableArn(ARN_PREFIX + m.table().name()).backupArn(d.backupArn()).backupName(d.backupName())
                .backupCreationDateTime(d.backupCreationDateTime()).backupExpiryDateTime(d.backupExpiryDateTime())
                .backupStatus(d.backupStatus()).backupType(d.backupType()).backupSizeBytes(d.backupSizeBytes()).build());
        }
        return ListBackupsResult.builder().backupSummaries(page).lastEvaluatedBackupArn(last).build();
    }

    /** RestoreTableFromBackup. */
    public RestoreTableFromBackupResult restoreTableFromBackup(RestoreTableFromBackupRequest r) {
        ImageMeta m = find(r.backupArn());
        restorer.checkTarget(r.targetTableName());
        TableRestorer.Overrides o = new TableRestorer.Overrides(r.billingModeOverride(), r.provisionedThroughputOverride(),
            r.globalSecondaryIndexOverride(), r.localSecondaryIndexOverride());
        var create = TableRestorer.request(r.targetTableName(), m.table(), o);
        String arn = arn(m);
        if (!busy.add("backup:" + arn)) {
            throw new BackupInUseException("Backup is being used: " + arn);
        }
        try {
            Path image = dir.resolve(m.id());
            try {
                ImageFiles.verify(image);
            } catch (IOException e) {
                throw new InternalServerErrorException("backup " + arn + " is damaged: " + e.getMessage(), e);
            }
            TableDescription d = restorer.restore(create, sink -> ImageFiles.readItems(image, sink));
            return RestoreTableFromBackupResult.builder().tableDescription(d).build();
        } finally {
            busy.remove("backup:" + arn);
        }
    }

    static void validateTableName(String name, String member) {
        TableNames.validate(name, member);
    }

    private static BackupDetails details(ImageMeta m, BackupStatus status) {
        return BackupDetails.builder().backupArn(arn(m)).backupName(m.name()).backupSizeBytes(m.sizeBytes())
            .backupStatus(status).backupType(BackupType.valueOf(m.type()))
            .backupCreationDateTime(Instant.ofEpochMilli(m.createdMillis()))
            .backupExpiryDateTime(m.expiryMillis() < 0 ? null : Instant.ofEpochMilli(m.expiryMillis())).build();
    }

    private static BackupDescription description(ImageMeta m, BackupStatus status) {
        TableMeta t = m.table();
        List<KeySchemaElement> ks = new ArrayList<>();
        ks.add(KeySchemaElement.builder().attributeName(t.hashName()).keyType(KeyType.HASH).build());
        if (t.rangeName() != null) {
            ks.add(KeySchemaElement.builder().attributeName(t.rangeName()).keyType(KeyType.RANGE).build());
        }
        SourceTableDetails src = SourceTableDetails.builder().tableName(t.name()).tableId(t.uuid()).tableArn(ARN_PREFIX + t.name())
            .tableSizeBytes(m.sizeBytes()).keySchema(ks).tableCreationDateTime(t.created())
            .provisionedThroughput(ProvisionedThroughput.builder().readCapacityUnits(t.readCapacity()).writeCapacityUnits(t.writeCapacity()).build())
            .itemCount(m.itemCount()).billingMode(t.billingMode()).build();
        return BackupDescription.builder().backupDetails(details(m, status)).sourceTableDetails(src).build();
    }
}
