package dev.tidemark.samples.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Starts the sample as it is (its own application.properties), checks its report and the data left in Tidemark. */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class LibraryApplicationTest {
    @Autowired
    BookRepository books;
    @Autowired
    AuthorRepository authors;
    @Autowired
    LibraryService library;
    @Autowired
    DataSource dataSource;

    @Test
    void theApplicationRunsOnTidemark() throws Exception {
        // the runner ran at startup, before the output capture of this method began: run its queries again
        assertThat(books.count()).isEqualTo(5);
        assertThat(authors.findByCountryOrderByNameAsc("US")).extracting(Author::getName).containsExactly("Ursula K. Le Guin");
        assertThat(books.findById("978-0156027601").orElseThrow().getAvailable()).isZero();
        assertThat(books.findByAuthorNameOrderByPublishedAsc("Ursula K. Le Guin")).extracting(Book::getTitle)
                .containsExactly("A Wizard of Earthsea", "The Left Hand of Darkness", "The Dispossessed");
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("Tidemark");
            try (ResultSet rs = c.getMetaData().getIndexInfo(null, null, "books", false, false)) {
                boolean byGenre = false;
                while (rs.next()) {
                    byGenre |= "byGenre".equals(rs.getString("INDEX_NAME"));
                }
                assertThat(byGenre).as("the @Index became a secondary index").isTrue();
            }
        }
    }

    @Test
    void theReportPrintsWhatTheQueriesFound(CapturedOutput output) throws Exception {
        new LibraryApplication().report(library, authors, books).run();
        assertThat(output.getOut()).contains("authors: 3, books: 5")
                .contains("sf page 1 of 2: [Solaris, The Left Hand of Darkness]")
                .contains("by Le Guin: [A Wizard of Earthsea, The Left Hand of Darkness, The Dispossessed]")
                .contains("after 1970: 2")
                .contains("genre fantasy: 2").contains("genre sf: 3")
                .contains("refused: No copy of Solaris is available");
    }
}
