package dev.tidemark.samples.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A writer; has many books. */
@Entity
public class Author {
    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;
    private String name;
    private String country;
    @OneToMany(mappedBy = "author")
    private List<Book> books = new ArrayList<>();

    protected Author() {
    }

    /** A new author. */
    public Author(String name, String country) {
        this.name = name;
        this.country = country;
    }

    /** The generated id. */
    public UUID getId() {
        return id;
    }

    /** The author's name. */
    public String getName() {
        return name;
    }

    /** The author's country. */
    public String getCountry() {
        return country;
    }

    /** The author's books (loaded lazily). */
    public List<Book> getBooks() {
        return books;
    }
}
