package dev.tidemark.spring.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.Database;
import dev.tidemark.mapper.EntityManager;
import dev.tidemark.mapper.OptimisticLockException;
import dev.tidemark.spring.core.TidemarkTemplate;
import dev.tidemark.spring.repository.Account;
import dev.tidemark.spring.repository.AccountRepository;
import dev.tidemark.spring.repository.config.EnableTidemarkRepositories;
import dev.tidemark.spring.repository.support.TidemarkRepositoryFactoryBean.SchemaAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.stereotype.Service;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@SpringJUnitConfig(TransactionIntegrationTests.Config.class)
class TransactionIntegrationTests {

    @Configuration
    @EnableTransactionManagement
    @EnableTidemarkRepositories(basePackageClasses = AccountRepository.class, schemaAction = SchemaAction.CREATE_IF_MISSING,
        includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = AccountRepository.class))
    static class Config {
        @Bean(destroyMethod = "close")
        Database database() {
            return Database.openTemporary();
        }

        @Bean
        EntityManager entityManager(Database database) {
            return EntityManager.create(database);
        }

        @Bean
        TidemarkTemplate tidemarkTemplate(EntityManager em) {
            return new TidemarkTemplate(em);
        }

        @Bean
        TidemarkTransactionManager transactionManager(EntityManager em) {
            return new TidemarkTransactionManager(em);
        }

        @Bean
        Bank bank(AccountRepository accounts) {
            return new Bank(accounts);
        }
    }

    /** A service with transactional methods. */
    @Service
    static class Bank {
        final AccountRepository accounts;
        long balanceSeenInside = -1;
        long scannedBalanceInside = -1;

        Bank(AccountRepository accounts) {
            this.accounts = accounts;
        }

        @Transactional
        public void transfer(String from, String to, long amount, boolean failHalfway) {
            Account a = accounts.findById(from).orElseThrow();
            Account b = accounts.findById(to).orElseThrow();
            a.setBalance(a.getBalance() - amount);
            accounts.save(a);
            balanceSeenInside = accounts.findById(from).orElseThrow().getBalance();
            for (Account x : accounts.findAll()) {
                if (x.getId().equals(from)) {
                    scannedBalanceInside = x.getBalance();
                }
            }
            if (failHalfway) {
                throw new IllegalStateException("failure in the middle of the transfer");
            }
            b.setBalance(b.getBalance() + amount);
            accounts.save(b);
        }

        public long balanceSeenInside() {
            return balanceSeenInside;
        }

        public long scannedBalanceInside() {
            return scannedBalanceInside;
        }

        @Transactional
        public boolean deleteAndCheck(String id) {
            accounts.deleteById(id);
            return accounts.existsById(id);
        }

        @Transactional
        public void outerCallingFailingInner(Bank self) {
            accounts.save(new Account("x1", "x", 1));
            try {
                self.innerFails();
            } catch (IllegalStateException expected) {
                // swallowed: the shared transaction is still rollback-only
            }
        }

        @Transactional(propagation = Propagation.REQUIRED)
        public void innerFails() {
            accounts.save(new Account("x2", "x", 2));
            throw new IllegalStateException("inner");
        }
    }

    @Autowired
    Bank bank;
    @Autowired
    AccountRepository accounts;

    @BeforeEach
    void accounts() {
        accounts.deleteAll();
        accounts.save(new Account("a", "ann", 100));
        accounts.save(new Account("b", "bob", 0));
    }

    @Test
    void commitAppliesAllWritesTogether() {
        bank.transfer("a", "b", 30, false);
        assertThat(accounts.findById("a").orElseThrow().getBalance()).isEqualTo(70);
        assertThat(accounts.findById("b").orElseThrow().getBalance()).isEqualTo(30);
        assertThat(accounts.findById("a").orElseThrow().getVersion()).isEqualTo(2L);
        // key lookups inside the transaction see its pending write; scans see committed data
        assertThat(bank.balanceSeenInside()).isEqualTo(70);
        assertThat(bank.scannedBalanceInside()).isEqualTo(100);
    }

    @Test
    void pendingDeleteIsVisibleToKeyLookups() {
        assertThat(bank.deleteAndCheck("b")).isFalse();
        assertThat(accounts.existsById("b")).isFalse();
    }

    @Test
    void exceptionMidMethodWritesNothing() {
        assertThatThrownBy(() -> bank.transfer("a", "b", 30, true)).isInstanceOf(IllegalStateException.class);
        assertThat(accounts.findById("a").orElseThrow().getBalance()).isEqualTo(100);
        assertThat(accounts.findById("b").orElseThrow().getBalance()).isEqualTo(0);
    }

    @Test
    void versionConflictAtCommitWritesNothing() {
        Account stale = accounts.findById("b").orElseThrow();
        Account fresh = accounts.findById("b").orElseThrow();
        fresh.setOwner("robert");
        accounts.save(fresh);
        assertThatThrownBy(() -> new org.springframework.transaction.support.TransactionTemplate(
            new TidemarkTransactionManager(bankEntityManager())).executeWithoutResult(s -> {
                Account a = accounts.findById("a").orElseThrow();
                a.setBalance(0);
                accounts.save(a);
                stale.setBalance(100);
                accounts.save(stale);
            })).isInstanceOf(OptimisticLockException.class);
        assertThat(accounts.findById("a").orElseThrow().getBalance()).isEqualTo(100);
        assertThat(accounts.findById("b").orElseThrow().getOwner()).isEqualTo("robert");
    }

    @Autowired
    EntityManager entityManager;

    EntityManager bankEntityManager() {
        return entityManager;
    }

    @Test
    void innerFailureMarksTheSharedTransactionRollbackOnly() {
        assertThatThrownBy(() -> bank.outerCallingFailingInner(bank))
            .isInstanceOf(org.springframework.transaction.UnexpectedRollbackException.class);
        assertThat(accounts.existsById("x1")).isFalse();
        assertThat(accounts.existsById("x2")).isFalse();
    }
}
