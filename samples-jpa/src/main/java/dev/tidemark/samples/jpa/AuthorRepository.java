package dev.tidemark.samples.jpa;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Authors. */
public interface AuthorRepository extends JpaRepository<Author, UUID> {
    /** Authors from a country, by name. */
    List<Author> findByCountryOrderByNameAsc(String country);
}
