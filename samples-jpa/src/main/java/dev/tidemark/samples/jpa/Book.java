package dev.tidemark.samples.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A book, identified by its ISBN, written by one author; copies can be lent. */
@Entity
@Table(name = "books", indexes = @Index(name = "byGenre", columnList = "genre"))
public class Book {
    @Id
    private String isbn;
    private String title;
    private String genre;
    private int published;
    private int available;
    @ManyToOne
    private Author author;
    @Version
    private long version;

    protected Book() {
    }

    /** A new book with some copies. */
    public Book(String isbn, String title, String genre, int published, int copies, Author author) {
        this.isbn = isbn;
        this.title = title;
        this.genre = genre;
        this.published = published;
        this.available = copies;
        this.author = author;
    }

    /** The ISBN. */
    public String getIsbn() {
        return isbn;
    }

    /** The title. */
    public String getTitle() {
        return title;
    }

    /** The genre. */
    public String getGenre() {
        return genre;
    }

    /** The year of publication. */
    public int getPublished() {
        return published;
    }

    /** Copies on the shelf. */
    public int getAvailable() {
        return available;
    }

    /** Takes one copy off the shelf. */
    void lend() {
        if (available == 0) {
            throw new IllegalStateException("No copy of " + title + " is available");
        }
        available--;
    }

    /** The author. */
    public Author getAuthor() {
        return author;
    }
}
