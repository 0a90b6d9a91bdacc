package dev.tidemark.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the quick-start demo twice on one directory, as a newcomer would. */
class EngineDemoTest {
    @TempDir
    Path dir;

    @Test
    void firstRunLoadsAndSecondRunReopens() {
        String first = run();
        assertThat(first).contains("loaded 2000 sample orders")
            .contains("-> updated: {")
            .contains("second attempt: ConditionalCheckFailedException: The conditional request failed")
            .containsPattern("-> \\d+ of 2000 orders");
        String second = run();
        assertThat(second).contains("reopened existing table 'orders' with 2000 items")
            .contains("-> updated: {")
            .containsPattern("-> \\d+ of 2000 orders");
    }

    private String run() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EngineDemo.run(dir.resolve("db"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
