package dev.tidemark.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.model.ScalarAttributeType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-table options through the public API: stored, replaced, removed, durable, and gone with the table. */
class TableOptionTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void optionsAreDurableAndGoAwayWithTheTable(@TempDir Path dir) {
        try (Database db = Database.open(dir)) {
            Fixtures.hashTable(db, "things", "id", ScalarAttributeType.S);
            assertThat(db.tableOption("things", "sql.columns")).isNull();
            db.setTableOption("things", "sql.columns", bytes("a\tBIGINT\n"));
            db.setTableOption("things", "other.feature", bytes("x"));
            db.setTableOption("things", "sql.columns", bytes("a\tVARCHAR\n"));
            db.setTableOption("things", "other.feature", null);
            byte[] copy = db.tableOption("things", "sql.columns");
            copy[0] = 'z';
            assertThat(db.tableOption("things", "sql.columns")).isEqualTo(bytes("a\tVARCHAR\n"));
        }
        try (Database db = Database.open(dir)) {
            assertThat(db.tableOption("things", "sql.columns")).isEqualTo(bytes("a\tVARCHAR\n"));
            assertThat(db.tableOption("things", "other.feature")).isNull();
            db.deleteTable(r -> r.tableName("things"));
            Fixtures.hashTable(db, "things", "id", ScalarAttributeType.S);
            assertThat(db.tableOption("things", "sql.columns")).isNull();
        }
    }

    @Test
    void unknownTableAndMissingKeyAreRefused() {
        try (Database db = Database.openTemporary()) {
            assertThatThrownBy(() -> db.tableOption("nope", "k")).isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> db.setTableOption("nope", "k", bytes("v"))).isInstanceOf(ResourceNotFoundException.class);
            Fixtures.hashTable(db, "things", "id", ScalarAttributeType.S);
            assertThatThrownBy(() -> db.setTableOption("things", "", bytes("v"))).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> db.tableOption("things", null)).isInstanceOf(ValidationException.class);
        }
    }
}
