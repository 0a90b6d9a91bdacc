package dev.tidemark.mapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.mapper.Types.Account;
import dev.tidemark.mapper.Types.Note;
import dev.tidemark.mapper.Types.Point;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Records and immutable classes written in a transaction: their stored form, with generated values and versions. */
class TransactionStoredTest extends MapperTestBase {

    @BeforeEach
    void tables() {
        em.createTable(Note.class);
        em.createTable(Account.class);
        em.createTable(Point.class);
    }

    @Test
    void recordsComeBackWithGeneratedKeysAndVersions() {
        Note fresh = new Note(null, "hello", 0);
        Transaction tx = em.transactWrite().persist(fresh).save(new Point("p", 1, 2L));
        assertThatThrownBy(() -> tx.stored(fresh)).isInstanceOf(IllegalStateException.class);
        tx.execute();
        Note stored = tx.stored(fresh);
        assertThat(stored).isNotSameAs(fresh);
        assertThat(stored.id()).isNotNull().hasSize(26); // a ULID
        assertThat(stored.version()).isEqualTo(1);
        assertThat(em.find(Note.class, stored.id()).orElseThrow()).isEqualTo(stored);
        assertThatThrownBy(() -> tx.stored(new Note("x", "y", 0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inTransactionUpdatesAndSavesOfVersionedRecords() {
        Note saved = em.save(new Note("n1", "one", 0));
        AtomicReference<Transaction> ref = new AtomicReference<>();
        Note changed = new Note(saved.id(), "two", saved.version());
        Note other = new Note("n2", "other", 0);
        em.inTransaction(tx -> ref.set(tx.update(changed).save(other)));
        Note updated = ref.get().stored(changed);
        assertThat(updated.text()).isEqualTo("two");
        assertThat(updated.version()).isEqualTo(saved.version() + 1);
        assertThat(em.find(Note.class, "n1").orElseThrow()).isEqualTo(updated);
        assertThat(ref.get().stored(other).version()).isEqualTo(1);
        // The stored forms carry the versions the next write expects.
        em.inTransaction(tx -> tx.save(new Note("n1", "three", updated.version())));
        assertThat(em.find(Note.class, "n1").orElseThrow().version()).isEqualTo(updated.version() + 1);
    }

    @Test
    void beansAreUpdatedInPlaceAndReturnedAsTheSameInstance() {
        Account a = new Account(null, "ann", 5);
        Transaction tx = em.transactWrite().persist(a);
        tx.execute();
        assertThat(tx.stored(a)).isSameAs(a);
        assertThat(a.getId()).isNotNull();
        assertThat(a.getVersion()).isEqualTo(1L);
    }

    @Test
    void aFailedTransactionHasNoStoredForms() {
        em.save(new Note("dup", "first", 0));
        Note again = new Note("dup", "second", 0);
        Transaction tx = em.transactWrite().persist(again);
        assertThatThrownBy(tx::execute).isInstanceOf(EntityExistsException.class);
        assertThatThrownBy(() -> tx.stored(again)).isInstanceOf(IllegalStateException.class);
    }
}
