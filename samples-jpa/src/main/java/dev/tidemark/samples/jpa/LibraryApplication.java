package dev.tidemark.samples.jpa;

import java.util.List;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The application: fills the library and prints what its queries find. */
@SpringBootApplication
public class LibraryApplication {

    /** Starts the application. */
    public static void main(String[] args) {
        SpringApplication.run(LibraryApplication.class, args);
    }

    /** Fills the library once and prints a report. */
    @Bean
    CommandLineRunner report(LibraryService library, AuthorRepository authors, BookRepository books) {
        return args -> {
            if (books.count() == 0) {
                library.addAuthor("Ursula K. Le Guin", "US", List.of(
                        new Book("978-0441478125", "The Left Hand of Darkness", "sf", 1969, 2, null),
                        new Book("978-0061054884", "The Dispossessed", "sf", 1974, 1, null),
                        new Book("978-0547773742", "A Wizard of Earthsea", "fantasy", 1968, 3, null)));
                library.addAuthor("Stanislaw Lem", "PL", List.of(
                        new Book("978-0156027601", "Solaris", "sf", 1961, 1, null)));
                library.addAuthor("Terry Pratchett", "GB", List.of(
                        new Book("978-0062225672", "Small Gods", "fantasy", 1992, 2, null)));
            }
            System.out.println("authors: " + authors.count() + ", books: " + books.count());
            Page<Book> sf = books.findByGenre("sf", PageRequest.of(0, 2, Sort.by("published")));
            System.out.println("sf page 1 of " + sf.getTotalPages() + ": "
                    + sf.getContent().stream().map(Book::getTitle).toList());
            System.out.println("by Le Guin: " + books.findByAuthorNameOrderByPublishedAsc("Ursula K. Le Guin").stream()
                    .map(Book::getTitle).toList());
            System.out.println("after 1970: " + books.countByPublishedGreaterThan(1970));
            for (Object[] row : books.countByGenre()) {
                System.out.println("genre " + row[0] + ": " + row[1]);
            }
            for (int i = 0; i < 2; i++) {
                try {
                    Book lent = library.lend("978-0156027601");
                    System.out.println("lent " + lent.getTitle() + ", copies left: " + lent.getAvailable());
                } catch (IllegalStateException e) {
                    System.out.println("refused: " + e.getMessage());
                }
            }
        };
    }
}
