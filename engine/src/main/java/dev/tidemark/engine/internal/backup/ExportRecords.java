package dev.tidemark.engine.internal.backup;

import dev.tidemark.engine.model.ExportDescription;
import dev.tidemark.engine.model.ExportFormat;
import dev.tidemark.engine.model.ExportStatus;
import dev.tidemark.engine.model.ExportType;
import dev.tidemark.engine.model.ExportViewType;
import dev.tidemark.engine.model.IncrementalExportSpecification;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Export descriptions kept on disk, one file per export ({@code <db>/exports/<export-id>.export},
 * replaced atomically on every state change, with a CRC32C at the end), so DescribeExport and
 * ListExports answer after a restart. An export found IN_PROGRESS on open was cut short by the
 * restart and is reported FAILED.
 */
final class ExportRecords {
    private static final int FORMAT = 1;

    private final Path dir;

    ExportRecords(Path dbDir) {
        this.dir = dbDir.resolve("exports");
    }

    /** An export and the parameters its client token stands for. */
    record Entry(ExportDescription description, String parameters, long sequence) {
    }

    void save(ExportDescription d, String parameters, long sequence) throws IOException {
        Files.createDirectories(dir);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(FORMAT);
        out.writeLong(sequence);
        str(out, parameters);
        str(out, d.exportArn());
        str(out, d.exportStatus().name());
        time(out, d.startTime());
        time(out, d.endTime());
        str(out, d.exportManifest());
        str(out, d.tableArn());
        str(out, d.tableId());
        time(out, d.exportTime());
        str(out, d.clientToken());
        str(out, d.s3Bucket());
        str(out, d.s3Prefix());
        str(out, d.failureCode());
        str(out, d.failureMessage());
        str(out, d.exportFormat().name());
        out.writeLong(d.billedSizeBytes() == null ? -1 : d.billedSizeBytes());
        out.writeLong(d.itemCount() == null ? -1 : d.itemCount());
        str(out, d.exportType().name());
        IncrementalExportSpecification inc = d.incrementalExportSpecification();
        out.writeBoolean(inc != null);
        if (inc != null) {
            time(out, inc.exportFromTime());
            time(out, inc.exportToTime());
            str(out, inc.exportViewType().name());
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes.toByteArray());
        out.writeInt((int) crc.getValue());
        String id = d.exportArn().substring(d.exportArn().lastIndexOf('/') + 1);
        Path tmp = dir.resolve(id + ".export.tmp");
        Files.write(tmp, bytes.toByteArray());
        Files.move(tmp, dir.resolve(id + ".export"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Every export found, in the order they were started; unreadable files are skipped. */
    List<Entry> load(Instant now) throws IOException {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.export")) {
            for (Path p : ds) {
                byte[] all = Files.readAllBytes(p);
                CRC32C crc = new CRC32C();
                crc.update(all, 0, Math.max(0, all.length - 4));
                DataInputStream in = new DataInputStream(new ByteArrayInputStream(all));
                if (all.length < 8 || java.nio.ByteBuffer.wrap(all, all.length - 4, 4).getInt() != (int) crc.getValue()
                    || in.readInt() != FORMAT) {
                    continue;
                }
                long sequence = in.readLong();
                String parameters = str(in);
                ExportDescription.Builder b = ExportDescription.builder().exportArn(str(in))
                    .exportStatus(ExportStatus.valueOf(str(in))).startTime(time(in)).endTime(time(in)).exportManifest(str(in))
                    .tableArn(str(in)).tableId(str(in)).exportTime(time(in)).clientToken(str(in)).s3Bucket(str(in))
                    .s3Prefix(str(in)).failureCode(str(in)).failureMessage(str(in)).exportFormat(ExportFormat.valueOf(str(in)));
                long billed = in.readLong();
                long items = in.readLong();
                b.billedSizeBytes(billed < 0 ? null : billed).itemCount(items < 0 ? null : items).exportType(ExportType.valueOf(str(in)));
                if (in.readBoolean()) {
                    b.incrementalExportSpecification(IncrementalExportSpecification.builder().exportFromTime(time(in))
                        .exportToTime(time(in)).exportViewType(ExportViewType.valueOf(str(in))).build());
                }
                ExportDescription d = b.build();
                if (d.exportStatus() == ExportStatus.IN_PROGRESS) {
                    d = d.toBuilder().exportStatus(ExportStatus.FAILED).endTime(now).failureCode("Interrupted")
                        .failureMessage("the database was closed or stopped while the export ran").build();
                    save(d, parameters, sequence);
                }
                out.add(new Entry(d, parameters, sequence));
            }
        }
        out.sort(Comparator.comparingLong(Entry::sequence));
        return out;
    }

    private static void str(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    private static String str(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static void time(DataOutputStream out, Instant t) throws IOException {
        out.writeLong(t == null ? Long.MIN_VALUE : t.toEpochMilli());
    }

    private static Instant time(DataInputStream in) throws IOException {
        long v = in.readLong();
        return v == Long.MIN_VALUE ? null : Instant.ofEpochMilli(v);
    }
}
