package dev.tidemark.samples.jpa;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The library's operations, each one transaction. */
@Service
public class LibraryService {
    private final AuthorRepository authors;
    private final BookRepository books;

    /** A service over the repositories. */
    public LibraryService(AuthorRepository authors, BookRepository books) {
        this.authors = authors;
        this.books = books;
    }

    /** Adds an author with their books; all or nothing. */
    @Transactional
    public Author addAuthor(String name, String country, List<Book> written) {
        Author a = authors.save(new Author(name, country));
        for (Book b : written) {
            books.save(new Book(b.getIsbn(), b.getTitle(), b.getGenre(), b.getPublished(), b.getAvailable(), a));
        }
        return a;
    }

    /** Lends a copy of a book; fails (changing nothing) when none is left. */
    @Transactional
    public Book lend(String isbn) {
        Book b = books.findById(isbn).orElseThrow(() -> new IllegalArgumentException("No book " + isbn));
        b.lend();
        return b;
    }
}
