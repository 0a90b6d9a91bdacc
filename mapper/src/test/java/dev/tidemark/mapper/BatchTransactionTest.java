package dev.tidemark.mapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.TransactionCanceledException;
import dev.tidemark.mapper.Types.Account;
import dev.tidemark.mapper.Types.Note;
import dev.tidemark.mapper.Types.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BatchTransactionTest extends MapperTestBase {

    @BeforeEach
    void tables() {
        em.createTable(Note.class);
        em.createTable(Point.class);
        em.createTable(Account.class);
    }

    @Test
    void batchesSpanChunksAndTypes() {
        List<Object> all = new ArrayList<>();
        List<Key> noteKeys = new ArrayList<>();
        List<Key> pointKeys = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            all.add(new Note("n" + i, "t" + i, 0));
            all.add(new Point("p", i, (long) i));
            noteKeys.add(Key.of("n" + i));
            pointKeys.add(Key.of("p", (long) i));
        }
        List<Object> stored = em.batchSave(all);
        assertThat(((Note) stored.get(0)).version()).isEqualTo(1);
        noteKeys.add(Key.of("missing"));
        BatchGet.Result r = em.batchGet().add(Note.class, noteKeys).add(Point.class, pointKeys).execute();
        assertThat(r.of(Note.class)).hasSize(130);
        assertThat(r.of(Point.class)).hasSize(130);
        assertThat(r.all()).hasSize(260);
        em.batchDelete(all.subList(0, 100));
        assertThat(em.scan(Note.class).list().size() + em.scan(Point.class).list().size()).isEqualTo(160);
    }

    @Test
    void transactionsAreAllOrNothingAndCheckVersions() {
        Note n = em.persist(new Note("n", "a", 0));
        Account acc = em.persist(new Account("a", "ann", 1));
        em.inTransaction(tx -> tx.save(new Note("n", "b", n.version()))
            .update(Account.class, Key.of("a"), u -> u.increment("balance", 5))
            .persist(new Point("p", 1, 2L)));
        assertThat(em.find(Note.class, "n").orElseThrow().version()).isEqualTo(2);
        assertThat(em.find(Account.class, "a").orElseThrow().getBalance()).isEqualTo(6);

        assertThatThrownBy(() -> em.inTransaction(tx -> tx.persist(new Point("p", 2, 0L)).save(n)))
            .isInstanceOf(OptimisticLockException.class);
        assertThat(em.find(Point.class, "p", 2L)).isEmpty();
        assertThatThrownBy(() -> em.inTransaction(tx -> tx.persist(new Point("p", 1, 0L))))
            .isInstanceOf(EntityExistsException.class);
        assertThatThrownBy(() -> em.inTransaction(tx -> tx.delete(Point.class, Key.of("p", 1L))
            .conditionCheck(Account.class, Key.of("a"), "#balance > :min", Map.of("min", 100))))
            .isInstanceOf(TransactionCanceledException.class);
        assertThat(em.find(Point.class, "p", 1L)).isPresent();

        Transaction tx = em.transactWrite().delete(acc.getVersion() == 1L ? em.find(Account.class, "a").orElseThrow() : acc)
            .delete(Point.class, Key.of("p", 1L));
        tx.execute();
        List<Object> snap = em.transactGet().add(Account.class, Key.of("a")).add(Note.class, Key.of("n")).execute();
        assertThat(snap.get(0)).isNull();
        assertThat(((Note) snap.get(1)).text()).isEqualTo("b");
    }

    @Test
    void batchRetrySettings() {
        assertThatThrownBy(() -> EntityManager.builder(db).batchRetry(0, 10)).isInstanceOf(IllegalArgumentException.class);
        EntityManager strict = EntityManager.builder(db).batchRetry(1, 0).build();
        strict.batchSave(List.of(new Note("x", "y", 0)));
        assertThat(strict.find(Note.class, "x")).isPresent();
    }
}
