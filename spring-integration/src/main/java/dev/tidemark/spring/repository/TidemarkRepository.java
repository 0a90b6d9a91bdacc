package dev.tidemark.spring.repository;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * A Tidemark repository with list-returning CRUD, paging and sorting methods. Any Spring Data
 * repository interface works too ({@code CrudRepository}, {@code ListCrudRepository}, ...).
 * {@code findAll}, {@code count} and {@code deleteAll} read the whole table (a Scan); their sorting
 * is done in memory.
 *
 * @param <T> the entity type
 * @param <ID> the identifier: the partition key value, or {@link dev.tidemark.mapper.Key} or a key
 *     class for tables with a sort key
 */
@NoRepositoryBean
public interface TidemarkRepository<T, ID> extends ListCrudRepository<T, ID>, ListPagingAndSortingRepository<T, ID> {
}
