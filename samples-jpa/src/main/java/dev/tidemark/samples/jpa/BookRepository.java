package dev.tidemark.samples.jpa;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Books, with derived queries and paging. */
public interface BookRepository extends JpaRepository<Book, String> {
    /** One page of a genre. */
    Page<Book> findByGenre(String genre, Pageable page);

    /** Books by one author's name, oldest first. */
    List<Book> findByAuthorNameOrderByPublishedAsc(String name);

    /** How many books appeared after a year. */
    long countByPublishedGreaterThan(int year);

    /** Books per genre. */
    @Query("select b.genre, count(b) from Book b group by b.genre order by b.genre")
    List<Object[]> countByGenre();
}
