package dev.tidemark.mapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.mapper.annotation.PartitionKey;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JpaAndTableOptionsTest extends MapperTestBase {
    enum Level { LOW, HIGH }

    /** Upper-cases on the way in. */
    public static final class UpperConverter implements jakarta.persistence.AttributeConverter<String, String> {
        @Override
        public String convertToDatabaseColumn(String attribute) {
            return attribute.toUpperCase();
        }

        @Override
        public String convertToEntityAttribute(String dbData) {
            return dbData.toLowerCase();
        }
    }

    @Embeddable
    public static class Dimensions {
        public int width;
        public int height;
    }

    @Entity
    @Table(name = "jpa_things")
    public static class Thing {
        @Id
        public String id;
        @Column(name = "display_name")
        public String name;
        @Transient
        public String derived;
        @Version
        public int version;
        @Convert(converter = UpperConverter.class)
        public String code;
        @Enumerated(EnumType.ORDINAL)
        public Level level;
        @Embedded
        public Dimensions size;
    }

    @Test
    void jakartaAnnotationsAreHonoured() {
        em.createTable(Thing.class);
        Thing t = new Thing();
        t.id = "t1";
        t.name = "Widget";
        t.derived = "skip";
        t.code = "abc";
        t.level = Level.HIGH;
        t.size = new Dimensions();
        t.size.width = 3;
        t.size.height = 4;
        em.persist(t);
        assertThat(t.version).isEqualTo(1);
        Map<String, AttributeValue> item = raw("jpa_things", Map.of("id", AttributeValue.fromS("t1")));
        assertThat(item.get("display_name").s()).isEqualTo("Widget");
        assertThat(item).doesNotContainKeys("derived", "name", "size");
        assertThat(item.get("code").s()).isEqualTo("ABC");
        assertThat(item.get("level")).isEqualTo(AttributeValue.fromN(1));
        assertThat(item.get("width")).isEqualTo(AttributeValue.fromN(3));
        Thing back = em.find(Thing.class, "t1").orElseThrow();
        assertThat(back.code).isEqualTo("abc");
        assertThat(back.level).isEqualTo(Level.HIGH);
        assertThat(back.size.height).isEqualTo(4);
        t.name = "Other";
        em.save(t);
        t.version = 1;
        assertThatThrownBy(() -> em.save(t)).isInstanceOf(OptimisticLockException.class);
    }

    record Session(@PartitionKey String id, @dev.tidemark.mapper.annotation.TimeToLive long expiresAt) {
    }

    @Test
    void createTableEnablesTimeToLiveAndStreams() {
        assertThatThrownBy(() -> em.createTable(new TableOptions(false, "SIDEWAYS"), Session.class))
            .isInstanceOf(MappingException.class).hasMessageContaining("SIDEWAYS");
        assertThat(db.listTables(l -> { }).tableNames()).doesNotContain("Session");
        em.createTable(new TableOptions(true, "NEW_IMAGE"), Session.class);
        var ttl = db.describeTimeToLive(d -> d.tableName("Session")).timeToLiveDescription();
        assertThat(ttl.attributeName()).isEqualTo("expiresAt");
        assertThat(ttl.timeToLiveStatus().toString()).isEqualTo("ENABLED");
        var table = db.describeTable(d -> d.tableName("Session")).table();
        assertThat(table.streamSpecification().streamViewType().toString()).isEqualTo("NEW_IMAGE");
        em.save(new Session("s", 1_900_000_000L));
        assertThat(em.find(Session.class, "s").orElseThrow().expiresAt()).isEqualTo(1_900_000_000L);
    }
}
