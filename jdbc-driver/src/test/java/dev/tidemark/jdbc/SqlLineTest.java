package dev.tidemark.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.calcite.TidemarkDatabases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import sqlline.SqlLine;

/** SQLLine 1.12 as a real client: its metadata commands and a query print what Tidemark reports. */
class SqlLineTest {
    @Test
    void metadataCommandsAndAQuery() throws Exception {
        try (TidemarkDatabases.Handle handle = TidemarkDatabases.openMemory("sqlline")) {
            SqlFixture.load(handle.database());
            String script = String.join("\n",
                    "!tables",
                    "!columns orders",
                    "!primarykeys orders",
                    "!indexes orders",
                    "!dbinfo",
                    "select customer, seq, status from orders where customer = 'bob' and seq <= 2 order by seq;",
                    "!quit", "");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
            SqlLine sqlLine = new SqlLine();
            sqlLine.setOutputStream(out);
            sqlLine.setErrorStream(out);
            java.nio.file.Path file = java.nio.file.Files.createTempFile("tidemark-sqlline", ".sql");
            java.nio.file.Files.writeString(file, script);
            SqlLine.Status status;
            PrintStream stdout = System.out;
            System.setOut(out);
            try {
                status = sqlLine.begin(new String[] {"-u", "jdbc:tidemark:mem:sqlline", "-n", "", "-p", "",
                        "--outputFormat=csv", "--maxWidth=300", "--isolation=TRANSACTION_READ_COMMITTED", "-f", file.toString()},
                        new ByteArrayInputStream(new byte[0]), false);
            } finally {
                System.setOut(stdout);
                java.nio.file.Files.deleteIfExists(file);
            }
            String text = bytes.toString(StandardCharsets.UTF_8);
            assertThat(status).as(text).isEqualTo(SqlLine.Status.OK);
            // !tables
            assertThat(text).contains("'tidemark','orders','TABLE'").contains("'tidemark','users','TABLE'");
            // !columns: keys first with their types, remarks
            assertThat(text).containsPattern("'tidemark','orders','customer','12','VARCHAR'")
                    .containsPattern("'tidemark','orders','seq','-5','BIGINT'").contains("partition key").contains("sort key");
            // !primarykeys
            assertThat(text).containsPattern("'orders','customer','1','PRIMARY'").containsPattern("'orders','seq','2','PRIMARY'");
            // !indexes: the primary key and the global index
            assertThat(text).contains("'PRIMARY'").contains("'byStatus'");
            // !dbinfo
            assertThat(text).contains("getDatabaseProductName").contains("Tidemark").contains("Tidemark JDBC Driver");
            assertThat(text).doesNotContain("Exception").doesNotContain("Error:");
            // the query
            assertThat(text).contains("'customer','seq','status'").contains("'bob','1','PAID'").contains("'bob','2','SHIPPED'");
        }
    }
}
