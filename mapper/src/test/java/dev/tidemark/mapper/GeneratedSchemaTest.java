package dev.tidemark.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.mapper.internal.GeneratedSchemas;
import dev.tidemark.mapper.internal.GeneratedSchemas.Kind;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The test entities are compiled with the annotation processor: its schemas are used and store what reflection stores. */
class GeneratedSchemaTest extends MapperTestBase {

    private EntityManager reflective() {
        return EntityManager.builder(db).generatedSchemas(false).build();
    }

    @Test
    void processedClassesUseTheGeneratedSchema() {
        for (Class<?> c : List.of(Types.Everything.class, Types.Account.class, Types.Product.class, Types.Point.class,
            Types.Note.class, RoundTripPropertyTest.Generated.class, QueryScanTest.Event.class)) {
            assertThat(GeneratedSchemas.kind(em, c)).as(c.getName()).isEqualTo(Kind.GENERATED);
            assertThat(GeneratedSchemas.kind(reflective(), c)).as(c.getName()).isEqualTo(Kind.REFLECTIVE);
        }
    }

    @Test
    void classesTheProcessorLeftOutAreReflective() {
        // A JPA @Convert converter, a polymorphic family, a class without @MappedTable.
        assertThat(GeneratedSchemas.kind(em, JpaAndTableOptionsTest.Thing.class)).isEqualTo(Kind.REFLECTIVE);
        assertThat(GeneratedSchemas.kind(em, SingleTableTest.Order.class)).isEqualTo(Kind.REFLECTIVE);
        assertThat(GeneratedSchemas.kind(em, SchemaErrorsTest.Inner.class)).isEqualTo(Kind.REFLECTIVE);
    }

    private static Types.Everything everything(String id) {
        return new Types.Everything(id, 7, true, Boolean.FALSE, (byte) 3, (short) -4, 1L << 40, -9L, 1.5f, 2.25, 'x',
            new BigDecimal("12.5"), java.math.BigInteger.TEN.pow(20), new byte[] {1, 2}, ByteBuffer.wrap(new byte[] {3}),
            Types.Color.GREEN, UUID.fromString("6f1c8a6e-1b7e-4c55-9d2a-0d8c1b1f6a11"), Instant.ofEpochSecond(1_700_000_000, 5),
            LocalDate.of(2024, 2, 29), LocalDateTime.of(2024, 1, 2, 3, 4), LocalTime.NOON,
            OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2)),
            ZonedDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC), Duration.ofMinutes(90), Optional.of("nick"),
            List.of("a", "b"), Set.of("t1", "t2"), Set.of(1, 2), Set.of(ByteBuffer.wrap(new byte[] {9})),
            Map.of("k", 1), Map.of(Types.Color.RED, List.of(new Types.Address("s", "c", 1))),
            new Types.Address("street", "city", 12345), new Types.Audit("me", "you"),
            new Types.Blob("blob", List.of(1, 2, 3)), new Types.Money(new BigDecimal("9.99"), "EUR"), "orig",
            new int[] {4, 5}, List.of(new Types.Address("a", "b", 2)));
    }

    @Test
    void generatedAndReflectiveSchemasWriteTheSameItemsAndReadThemBack() {
        EntityManager refl = reflective();
        em.createTable(Types.Everything.class);
        em.save(everything("gen"));
        refl.save(everything("refl"));
        Map<String, AttributeValue> g = new java.util.HashMap<>(raw("everything", Map.of("id", AttributeValue.fromS("gen"), "seq", AttributeValue.fromN(7))));
        Map<String, AttributeValue> r = new java.util.HashMap<>(raw("everything", Map.of("id", AttributeValue.fromS("refl"), "seq", AttributeValue.fromN(7))));
        g.remove("id");
        r.remove("id");
        assertThat(g).isEqualTo(r).hasSizeGreaterThan(30);
        Types.Everything viaGenerated = em.find(Types.Everything.class, "refl", 7).orElseThrow();
        Types.Everything viaReflection = refl.find(Types.Everything.class, "gen", 7).orElseThrow();
        assertThat(viaGenerated).usingRecursiveComparison().ignoringFields("id").isEqualTo(viaReflection);
    }

    @Test
    void beansBuildersAndConstructorsThroughGeneratedCode() {
        em.createTable(Types.Account.class);
        em.createTable(Types.Product.class);
        em.createTable(Types.Point.class);
        Types.Account a = em.save(new Types.Account(null, "ann", 10));
        assertThat(a.getId()).isNotNull(); // generated, written back into the bean
        assertThat(a.getVersion()).isEqualTo(1L);
        assertThat(em.find(Types.Account.class, a.getId()).orElseThrow().getOwner()).isEqualTo("ann");
        em.save(Types.Product.builder().sku("p1").name("pen").stock(3).build());
        Types.Product p = em.find(Types.Product.class, "p1").orElseThrow();
        assertThat(p.name()).isEqualTo("pen");
        assertThat(p.stock()).isEqualTo(3);
        em.save(new Types.Point("pt", 4, null));
        Types.Point pt = em.find(Types.Point.class, "pt", 4L).orElseThrow();
        assertThat(pt.x()).isEqualTo(4);
        assertThat(pt.y()).isNull();
        assertThat(reflective().find(Types.Point.class, "pt", 4L).orElseThrow().name()).isEqualTo("pt");
    }
}
