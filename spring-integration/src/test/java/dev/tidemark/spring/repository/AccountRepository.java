package dev.tidemark.spring.repository;

import org.springframework.data.repository.CrudRepository;

/** A simple-key repository. */
public interface AccountRepository extends CrudRepository<Account, String> {
}
