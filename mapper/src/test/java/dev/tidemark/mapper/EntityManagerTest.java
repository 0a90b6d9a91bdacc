package dev.tidemark.mapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.ConditionalCheckFailedException;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.mapper.Types.Account;
import dev.tidemark.mapper.Types.Note;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EntityManagerTest extends MapperTestBase {

    @Test
    void persistFailsWhenTheKeyExistsAndChangesNothing() {
        em.createTable(Note.class);
        Note n = em.persist(new Note("n1", "first", 0));
        assertThatThrownBy(() -> em.persist(new Note("n1", "second", 0)))
            .isInstanceOf(EntityExistsException.class).hasMessageContaining("Note").hasMessageContaining("n1")
            .hasCauseInstanceOf(ConditionalCheckFailedException.class);
        assertThat(em.find(Note.class, "n1")).contains(n);
    }

    @Test
    void saveChecksAndIncrementsTheVersion() {
        em.createTable(Note.class);
        Note v1 = em.save(new Note("n", "a", 0));
        Note v2 = em.save(new Note("n", "b", v1.version()));
        assertThat(v2.version()).isEqualTo(2);
        assertThatThrownBy(() -> em.save(new Note("n", "stale", 1)))
            .isInstanceOf(OptimisticLockException.class).hasMessageContaining("expected version 1 but found version 2");
        assertThatThrownBy(() -> em.save(new Note("n", "new again", 0)))
            .isInstanceOf(OptimisticLockException.class).hasMessageContaining("expected no item");
        assertThat(em.find(Note.class, "n").orElseThrow().text()).isEqualTo("b");
    }

    @Test
    void updateOfAWholeEntitySetsAndRemovesAttributesAndNeedsTheItem() {
        em.createTable(Account.class);
        Account a = em.persist(new Account("a1", "ann", 5));
        a.setTags(Set.of("x"));
        em.update(a);
        assertThat(a.getVersion()).isEqualTo(2L);
        Map<String, AttributeValue> key = Map.of("id", AttributeValue.fromS("a1"));
        assertThat(raw("accounts", key).get("tags")).isEqualTo(AttributeValue.fromSs("x"));
        a.setTags(null);
        a.setOwner(null);
        em.update(a);
        assertThat(raw("accounts", key)).doesNotContainKeys("tags", "owner").containsKey("created");
        assertThat(a.getVersion()).isEqualTo(3L);

        assertThatThrownBy(() -> em.update(new Account("missing", "x", 1)))
            .isInstanceOf(EntityNotFoundException.class).hasMessageContaining("missing");
        Account stale = em.find(Account.class, "a1").orElseThrow();
        stale.setVersion(1L);
        assertThatThrownBy(() -> em.update(stale)).isInstanceOf(OptimisticLockException.class);
    }

    @Test
    void oneOffUpdates() {
        em.createTable(Account.class);
        Account a = em.persist(new Account("a1", "ann", 5));
        Account after = em.update(Account.class, Key.of("a1")).increment("balance", 10).addToSet("tags", "gold", "vip")
            .setIfAbsent("owner", "ignored").execute();
        assertThat(after.getBalance()).isEqualTo(15);
        assertThat(after.getTags()).containsExactlyInAnyOrder("gold", "vip");
        assertThat(after.getOwner()).isEqualTo("ann");
        assertThat(after.getVersion()).isEqualTo(2L);
        after = em.update(Account.class, Key.of("a1")).removeFromSet("tags", "gold").remove("owner")
            .expectVersion(2).execute();
        assertThat(after.getTags()).containsExactly("vip");
        assertThat(after.getOwner()).isNull();
        assertThatThrownBy(() -> em.update(Account.class, Key.of("a1")).increment("balance", 1).expectVersion(2).execute())
            .isInstanceOf(OptimisticLockException.class).hasMessageContaining("expected version 2 but found 3");
        assertThatThrownBy(() -> em.update(Account.class, Key.of("nope")).increment("balance", 1).execute())
            .isInstanceOf(EntityNotFoundException.class);
        Account created = em.update(Account.class, Key.of("new")).set("owner", "zed").upsert().execute();
        assertThat(created.getOwner()).isEqualTo("zed");
        assertThat(created.getCreated()).isNotNull();
        assertThatThrownBy(() -> em.update(Account.class, Key.of("a1")).set("owner", "x")
            .condition("#balance > :min").param("min", 1000).execute())
            .isInstanceOf(ConditionalCheckFailedException.class);
        assertThatThrownBy(() -> em.update(Account.class, Key.of("a1")).set("id", "x"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Key property");
        assertThatThrownBy(() -> em.update(Account.class, Key.of("a1")).increment("owner", 1))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a number");
        assertThat(a.getId()).isEqualTo("a1");
    }

    @Test
    void deleteChecksTheVersion() {
        em.createTable(Note.class);
        Note v1 = em.persist(new Note("n", "a", 0));
        em.save(v1);
        assertThatThrownBy(() -> em.delete(v1)).isInstanceOf(OptimisticLockException.class);
        Note current = em.find(Note.class, "n").orElseThrow();
        em.delete(current);
        assertThat(em.find(Note.class, "n")).isEmpty();
        em.persist(new Note("m", "b", 0));
        assertThat(em.delete(Note.class, Key.of("m")).orElseThrow().text()).isEqualTo("b");
        assertThat(em.delete(Note.class, Key.of("m"))).isEmpty();
    }

    @Test
    void twoThreadsUpdatingTheSameVersionExactlyOneWinsEachRound() throws Exception {
        em.createTable(Account.class);
        em.persist(new Account("shared", "x", 0));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicInteger conflicts = new AtomicInteger();
        try {
            for (int round = 0; round < 20; round++) {
                Account a = em.find(Account.class, "shared").orElseThrow();
                Account b = em.find(Account.class, "shared").orElseThrow();
                CountDownLatch go = new CountDownLatch(1);
                Future<Boolean> fa = pool.submit(() -> tryDeposit(go, a, conflicts));
                Future<Boolean> fb = pool.submit(() -> tryDeposit(go, b, conflicts));
                go.countDown();
                boolean wa = fa.get(30, TimeUnit.SECONDS);
                boolean wb = fb.get(30, TimeUnit.SECONDS);
                assertThat(wa ^ wb).as("exactly one writer wins round %d", round).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        Account end = em.find(Account.class, "shared").orElseThrow();
        assertThat(end.getBalance()).isEqualTo(20);
        assertThat(end.getVersion()).isEqualTo(21L);
        assertThat(conflicts.get()).isEqualTo(20);
    }

    private boolean tryDeposit(CountDownLatch go, Account acc, AtomicInteger conflicts) throws InterruptedException {
        go.await();
        acc.setBalance(acc.getBalance() + 1);
        try {
            em.save(acc);
            return true;
        } catch (OptimisticLockException e) {
            conflicts.incrementAndGet();
            return false;
        }
    }
}
