package dev.tidemark.mapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.mapper.Types.Account;
import dev.tidemark.mapper.Types.Address;
import dev.tidemark.mapper.Types.Audit;
import dev.tidemark.mapper.Types.Blob;
import dev.tidemark.mapper.Types.Color;
import dev.tidemark.mapper.Types.Everything;
import dev.tidemark.mapper.Types.Money;
import dev.tidemark.mapper.Types.Note;
import dev.tidemark.mapper.Types.Point;
import dev.tidemark.mapper.Types.Product;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MappingTest extends MapperTestBase {

    static Everything sample(String id, int seq, Optional<String> nick, Audit audit) {
        return new Everything(id, seq, true, Boolean.FALSE, (byte) 7, (short) -3, 1L << 40, null, 1.5f, 2.25d, 'x',
            new BigDecimal("12345678901234567890.123"), new BigInteger("-98765432109876543210"), new byte[] {1, 2, 3},
            ByteBuffer.wrap(new byte[] {9, 8}), Color.GREEN, UUID.fromString("00000000-0000-0000-0000-000000000042"),
            Instant.parse("2024-05-06T07:08:09.123456789Z"), LocalDate.of(2024, 2, 29), LocalDateTime.of(2020, 1, 2, 3, 4, 5),
            LocalTime.of(23, 59, 1), OffsetDateTime.of(2021, 3, 4, 5, 6, 7, 0, ZoneOffset.ofHours(2)),
            ZonedDateTime.of(2022, 6, 7, 8, 9, 10, 0, ZoneId.of("Europe/Paris")), Duration.ofMillis(1500), nick,
            List.of("a", "b", "a"), Set.of("red", "blue"), Set.of(1, 2, 3),
            Set.of(ByteBuffer.wrap(new byte[] {1}), ByteBuffer.wrap(new byte[] {2})), Map.of("k", 1, "j", 2),
            Map.of(Color.RED, List.of(new Address("Main St", "Springfield", 12345))),
            new Address("Elm St", "Shelbyville", 54321), audit, new Blob("b", List.of(4, 5)),
            new Money(new BigDecimal("9.99"), "EUR"), "orig", new int[] {3, 1, 2},
            List.of(new Address("x", "y", 1), new Address("z", "w", 2)));
    }

    @Test
    void recordWithEveryTypeRoundTripsAndIsStoredWithTheRightAttributeTypes() {
        em.createTable(Everything.class);
        Everything e = sample("e1", 1, Optional.of("nick"), new Audit("ann", "bob"));
        em.save(e);
        Everything r = em.find(Everything.class, "e1", 1).orElseThrow();
        assertSameEverything(r, e);

        Map<String, AttributeValue> item = raw("everything", Map.of("id", AttributeValue.fromS("e1"), "seq", AttributeValue.fromN(1)));
        assertThat(item.get("tags").type()).isEqualTo(AttributeValue.Type.SS);
        assertThat(item.get("numbers").type()).isEqualTo(AttributeValue.Type.NS);
        assertThat(item.get("blobs").type()).isEqualTo(AttributeValue.Type.BS);
        assertThat(item.get("list").type()).isEqualTo(AttributeValue.Type.L);
        assertThat(item.get("counts").type()).isEqualTo(AttributeValue.Type.M);
        assertThat(item.get("address").m().get("city").s()).isEqualTo("Shelbyville");
        assertThat(item.get("createdBy").s()).isEqualTo("ann");
        assertThat(item).doesNotContainKey("audit").doesNotContainKey("original").doesNotContainKey("boxedLong");
        assertThat(item.get("renamed").s()).isEqualTo("orig");
        assertThat(item.get("blob").s()).isEqualTo("{\"name\":\"b\",\"values\":[4,5]}");
        assertThat(item.get("price").s()).isEqualTo("9.99 EUR");
        assertThat(item.get("color").s()).isEqualTo("GREEN");
        assertThat(item.get("bytes").type()).isEqualTo(AttributeValue.Type.B);
        assertThat(item.get("instant").s()).isEqualTo("2024-05-06T07:08:09.123456789Z");
        assertThat(item.get("flag").bool()).isTrue();
        assertThat(item.get("l").n()).isEqualTo(Long.toString(1L << 40));
    }

    @Test
    void emptyOptionalAndNullFlattenedObjectWriteNoAttributes() {
        em.createTable(Everything.class);
        em.save(sample("e2", 2, Optional.empty(), null));
        Map<String, AttributeValue> item = raw("everything", Map.of("id", AttributeValue.fromS("e2"), "seq", AttributeValue.fromN(2)));
        assertThat(item).doesNotContainKeys("nickname", "createdBy", "updatedBy");
        Everything r = em.find(Everything.class, "e2", 2).orElseThrow();
        assertThat(r.nickname()).isEmpty();
        assertThat(r.audit()).isNull();
    }

    static void assertSameEverything(Everything r, Everything e) {
        assertThat(r).usingRecursiveComparison()
            .ignoringFields("bytes", "buffer", "blobs", "big", "ints", "zoned")
            .isEqualTo(e);
        assertThat(r.bytes()).containsExactly(e.bytes());
        assertThat(r.buffer()).isEqualTo(e.buffer());
        assertThat(r.blobs()).isEqualTo(e.blobs());
        assertThat(r.big()).isEqualByComparingTo(e.big());
        assertThat(r.ints()).containsExactly(e.ints());
        assertThat(r.zoned()).isEqualTo(e.zoned());
    }

    @Test
    void beanWithGeneratedValuesVersionTimeToLiveAndIgnoredProperties() {
        em.createTable(Account.class);
        Account a = new Account(null, "ann", 10);
        a.setScratch("not stored");
        a.setCache("not stored either");
        a.setExpires(Instant.ofEpochSecond(2_000_000_000L));
        Account stored = em.persist(a);
        assertThat(stored).isSameAs(a);
        assertThat(a.getId()).hasSize(36);
        assertThat(a.getVersion()).isEqualTo(1L);
        assertThat(a.getCreated()).isNotNull();
        assertThat(a.getUpdated()).isEqualTo(a.getCreated());

        Map<String, AttributeValue> item = raw("accounts", Map.of("id", AttributeValue.fromS(a.getId())));
        assertThat(item).doesNotContainKeys("scratch", "cache");
        assertThat(item.get("expires")).isEqualTo(AttributeValue.fromN(2_000_000_000L));
        assertThat(item.get("version")).isEqualTo(AttributeValue.fromN(1));

        Account found = em.find(Account.class, a.getId()).orElseThrow();
        assertThat(found.getOwner()).isEqualTo("ann");
        assertThat(found.getExpires()).isEqualTo(Instant.ofEpochSecond(2_000_000_000L));
        assertThat(found.getScratch()).isNull();
        Instant created = found.getCreated();
        found.setBalance(20);
        em.save(found);
        assertThat(found.getVersion()).isEqualTo(2L);
        assertThat(found.getCreated()).isEqualTo(created);
    }

    @Test
    void recordsGetGeneratedValuesInANewInstance() {
        em.createTable(Note.class);
        Note n = new Note(null, "hello", 0);
        Note stored = em.persist(n);
        assertThat(stored).isNotSameAs(n);
        assertThat(stored.id()).hasSize(26).matches("[0-9A-HJKMNP-TV-Z]{26}");
        assertThat(stored.version()).isEqualTo(1);
        assertThat(em.find(Note.class, stored.id())).contains(stored);
    }

    @Test
    void immutableClassesWithBuilderAndAllArgsConstructor() {
        em.createTable(Product.class);
        em.createTable(Point.class);
        em.save(Product.builder().sku("p1").name("pen").stock(5).build());
        Product p = em.find(Product.class, "p1").orElseThrow();
        assertThat(p.name()).isEqualTo("pen");
        assertThat(p.stock()).isEqualTo(5);

        em.save(new Point("a", 3, null));
        Point pt = em.find(Point.class, "a", 3L).orElseThrow();
        assertThat(pt.x()).isEqualTo(3);
        assertThat(pt.y()).isNull();
    }

    @Test
    void keyValuesOfTheWrongTypeAreRejectedNamingTheProperty() {
        em.createTable(Point.class);
        assertThatThrownBy(() -> em.find(Point.class, "a", "three"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Point.x");
        assertThatThrownBy(() -> em.find(Point.class, Key.of("a")))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a sort key");
    }

    /** A global converter for a type the mapper does not know. */
    @Test
    void globalConverterRegistry() {
        record Priced(@dev.tidemark.mapper.annotation.PartitionKey String id, Money price) {
        }
        EntityManager custom = EntityManager.builder(db).converter(Money.class, new Types.MoneyConverter()).build();
        assertThat(custom.tableName(Priced.class)).isEqualTo("Priced");
        custom.createTable(Priced.class);
        custom.save(new Priced("x", new Money(new BigDecimal("1.50"), "USD")));
        assertThat(raw("Priced", Map.of("id", AttributeValue.fromS("x"))).get("price").s()).isEqualTo("1.50 USD");
        assertThat(custom.find(Priced.class, "x").orElseThrow().price().currency()).isEqualTo("USD");
    }
}
