package dev.tidemark.engine.internal.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointStoreTest {

    @TempDir
    Path dir;

    private static String content(CheckpointStore.Checkpoint c) throws IOException {
        try (DataInputStream in = c.open()) {
            String s = in.readUTF();
            assertThat(in.read()).isEqualTo(-1); // the stream ends with the body
            return s;
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void emptyStoreHasNoCheckpoint() throws IOException {
        assertThat(new CheckpointStore(dir.resolve("none")).latest()).isEmpty();
        assertThat(new CheckpointStore(dir).latest()).isEmpty();
    }

    @Test
    void latestIsTheNewestAndOnlyThePreviousOneIsKept() throws IOException {
        CheckpointStore store = new CheckpointStore(dir);
        for (int i = 1; i <= 4; i++) {
            int n = i;
            store.write(1000L + n, n * 10L, out -> out.writeUTF("state " + n));
        }
        CheckpointStore.Checkpoint c = new CheckpointStore(dir).latest().orElseThrow();
        assertThat(c.logIndex()).isEqualTo(1004L);
        assertThat(c.sequence()).isEqualTo(40L);
        assertThat(content(c)).isEqualTo("state 4");
        assertThat(files()).extracting(p -> p.getFileName().toString())
                .containsExactly("checkpoint-00000000000000000030.ckpt", "checkpoint-00000000000000000040.ckpt");
    }

    @Test
    void largeBodyRoundTrips() throws IOException {
        CheckpointStore store = new CheckpointStore(dir);
        store.write(7, 7, out -> {
            for (int i = 0; i < 300_000; i++) {
                out.writeInt(i);
            }
            out.close(); // a body writer closing its stream must not break the checkpoint
        });
        CheckpointStore.Checkpoint c = store.latest().orElseThrow();
        try (DataInputStream in = c.open()) {
            for (int i = 0; i < 300_000; i++) {
                assertThat(in.readInt()).isEqualTo(i);
            }
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void tornNewestCheckpointIsIgnoredAndThePreviousOneUsed() throws IOException {
        CheckpointStore store = new CheckpointStore(dir);
        store.write(1, 1, out -> out.writeUTF("one"));
        store.write(2, 2, out -> out.writeUTF("two"));
        Path newest = files().get(1);
        try (RandomAccessFile f = new RandomAccessFile(newest.toFile(), "rw")) {
            f.setLength(f.length() - 5); // cut inside the trailer, as a torn write would
        }
        Optional<CheckpointStore.Checkpoint> c = store.latest();
        assertThat(c).isPresent();
        assertThat(c.get().sequence()).isEqualTo(1);
        assertThat(content(c.get())).isEqualTo("one");
    }

    @Test
    void checkpointWithBadChecksumIsIgnored() throws IOException {
        CheckpointStore store = new CheckpointStore(dir);
        store.write(1, 1, out -> out.writeUTF("one"));
        store.write(2, 2, out -> out.writeUTF("two"));
        Path newest = files().get(1);
        try (RandomAccessFile f = new RandomAccessFile(newest.toFile(), "rw")) {
            long at = CheckpointStore.HEADER + 3; // inside the body
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(b ^ 1);
        }
        assertThat(content(store.latest().orElseThrow())).isEqualTo("one");
        // both damaged: nothing valid
        Path older = files().get(0);
        try (RandomAccessFile f = new RandomAccessFile(older.toFile(), "rw")) {
            f.seek(9);
            int b = f.read();
            f.seek(9);
            f.write(b ^ 1);
        }
        assertThat(store.latest()).isEmpty();
    }

    @Test
    void failingBodyWriterLeavesThePreviousCheckpointAndNoTempFile() throws IOException {
        CheckpointStore store = new CheckpointStore(dir);
        store.write(1, 1, out -> out.writeUTF("one"));
        assertThatThrownBy(() -> store.write(2, 2, out -> {
            out.writeUTF("half");
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(files()).hasSize(1);
        assertThat(content(store.latest().orElseThrow())).isEqualTo("one");
        // a temp file left by a crash is neither read nor kept
        Files.write(dir.resolve("checkpoint-00000000000000000009.tmp"), new byte[] {1, 2, 3});
        assertThat(content(store.latest().orElseThrow())).isEqualTo("one");
        store.write(3, 3, out -> out.writeUTF("three"));
        assertThat(files()).extracting(p -> p.getFileName().toString())
                .containsExactly("checkpoint-00000000000000000001.ckpt", "checkpoint-00000000000000000003.ckpt");
    }
}
