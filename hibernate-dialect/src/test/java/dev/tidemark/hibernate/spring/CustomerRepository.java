package dev.tidemark.hibernate.spring;

import dev.tidemark.hibernate.entities.Customer;
import dev.tidemark.hibernate.entities.Tier;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** A Spring Data JPA repository with derived queries, paging and a JPQL bulk update. */
public interface CustomerRepository extends JpaRepository<Customer, UUID> {
    List<Customer> findByTierOrderByFullNameAsc(Tier tier);

    Page<Customer> findByAddressCity(String city, Pageable page);

    long countByActiveTrueAndVisitsGreaterThan(int visits);

    List<Customer> findByEmailStartingWith(String prefix);

    @Modifying
    @Query("update Customer c set c.tier = :tier where c.address.city = :city")
    int retier(String city, Tier tier);
}
