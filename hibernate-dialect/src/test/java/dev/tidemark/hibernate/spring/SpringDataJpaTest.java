package dev.tidemark.hibernate.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.hibernate.entities.Address;
import dev.tidemark.hibernate.entities.Customer;
import dev.tidemark.hibernate.entities.Tier;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/** Spring Boot's JPA starter on jdbc:tidemark:mem: with the dialect found automatically. */
@SpringBootTest(classes = SpringDataJpaTest.App.class, properties = {
        "spring.datasource.url=jdbc:tidemark:mem:springjpa",
        "spring.datasource.driver-class-name=dev.tidemark.jdbc.TidemarkDriver",
        "spring.jpa.hibernate.ddl-auto=create-drop",
        "spring.jpa.open-in-view=false"})
class SpringDataJpaTest {
    /** The application: Boot auto-configuration, entities from the test package. */
    @SpringBootApplication
    @EntityScan(basePackageClasses = Customer.class)
    static class App {
    }

    @Autowired
    CustomerRepository customers;
    @Autowired
    TransactionTemplate tx;

    private Customer customer(String name, String city, Tier tier, int visits, boolean active) {
        Customer c = new Customer(name, name.toLowerCase() + "@" + city.toLowerCase() + ".example", tier);
        c.setAddress(new Address("1 High St", city));
        c.setVisits(visits);
        c.setActive(active);
        return c;
    }

    @Test
    void derivedQueriesPagingAndBulkUpdate() {
        customers.saveAll(List.of(
                customer("Ann", "Oxford", Tier.GOLD, 5, true),
                customer("Bob", "Oxford", Tier.SILVER, 1, true),
                customer("Cat", "Oxford", Tier.GOLD, 9, false),
                customer("Dan", "Oxford", Tier.BRONZE, 7, true),
                customer("Eve", "Cambridge", Tier.GOLD, 3, true)));

        assertThat(customers.findByTierOrderByFullNameAsc(Tier.GOLD)).extracting(Customer::getFullName)
                .containsExactly("Ann", "Cat", "Eve");
        assertThat(customers.countByActiveTrueAndVisitsGreaterThan(4)).isEqualTo(2);
        assertThat(customers.findByEmailStartingWith("bob@")).extracting(Customer::getFullName).containsExactly("Bob");

        Page<Customer> page = customers.findByAddressCity("Oxford", PageRequest.of(1, 3, Sort.by("fullName")));
        assertThat(page.getTotalElements()).isEqualTo(4);
        assertThat(page.getTotalPages()).isEqualTo(2);
        assertThat(page.getContent()).extracting(Customer::getFullName).containsExactly("Dan");

        Integer changed = tx.execute(s -> customers.retier("Oxford", Tier.BRONZE));
        assertThat(changed).isEqualTo(4);
        assertThat(customers.findByTierOrderByFullNameAsc(Tier.BRONZE)).extracting(Customer::getFullName)
                .containsExactly("Ann", "Bob", "Cat", "Dan");
    }

    @Test
    void staleSaveIsAnOptimisticLockingFailure() {
        Customer saved = customers.save(customer("Fay", "Ely", Tier.GOLD, 0, true));
        Customer stale = customers.findById(saved.getId()).orElseThrow();
        Customer fresh = customers.findById(saved.getId()).orElseThrow();
        fresh.setFullName("Fay (renamed)");
        customers.save(fresh);
        stale.setFullName("Fay (stale)");
        assertThatThrownBy(() -> customers.save(stale)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(customers.findById(saved.getId()).orElseThrow().getFullName()).isEqualTo("Fay (renamed)");
    }
}
