package dev.tidemark.spring.auditing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.engine.Database;
import dev.tidemark.mapper.EntityManager;
import dev.tidemark.mapper.annotation.MappedTable;
import dev.tidemark.mapper.annotation.PartitionKey;
import dev.tidemark.spring.config.EnableTidemarkAuditing;
import dev.tidemark.spring.core.TidemarkTemplate;
import dev.tidemark.spring.core.mapping.event.AfterDeleteEvent;
import dev.tidemark.spring.core.mapping.event.AfterSaveEvent;
import dev.tidemark.spring.core.mapping.event.BeforeConvertCallback;
import dev.tidemark.spring.core.mapping.event.BeforeDeleteEvent;
import dev.tidemark.spring.core.mapping.event.BeforeSaveEvent;
import dev.tidemark.spring.core.mapping.event.TidemarkMappingEvent;
import dev.tidemark.spring.repository.config.EnableTidemarkRepositories;
import dev.tidemark.spring.repository.support.TidemarkRepositoryFactoryBean.SchemaAction;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.repository.CrudRepository;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

@SpringJUnitConfig(AuditingIntegrationTests.Config.class)
class AuditingIntegrationTests {

    /** A mutable audited entity. */
    @MappedTable("documents")
    public static class Document {
        @PartitionKey
        public String id;
        public String text;
        @CreatedDate
        public Instant created;
        @CreatedBy
        public String createdBy;
        @LastModifiedDate
        public LocalDateTime modified;
        @LastModifiedBy
        public String modifiedBy;
    }

    /** An audited record (copied with the audit values). */
    @MappedTable("memos")
    public record Memo(@PartitionKey String id, String text, @CreatedDate Long createdMillis,
                       @LastModifiedBy String modifiedBy) {
    }

    interface DocumentRepository extends CrudRepository<Document, String> {
    }

    interface MemoRepository extends CrudRepository<Memo, String> {
    }

    static final AtomicReference<String> USER = new AtomicReference<>("alice");
    static final AtomicReference<Instant> NOW = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));

    @Configuration
    @EnableTidemarkAuditing
    @EnableTidemarkRepositories(considerNestedRepositories = true, basePackageClasses = AuditingIntegrationTests.class,
        schemaAction = SchemaAction.CREATE_IF_MISSING)
    static class Config {
        @Bean(destroyMethod = "close")
        Database database() {
            return Database.openTemporary();
        }

        @Bean
        TidemarkTemplate tidemarkTemplate(Database database) {
            return new TidemarkTemplate(EntityManager.create(database));
        }

        @Bean
        AuditorAware<String> auditor() {
            return () -> Optional.ofNullable(USER.get());
        }

        @Bean
        DateTimeProvider clock() {
            return () -> Optional.of(NOW.get());
        }

        @Bean
        Events events() {
            return new Events();
        }

        @Bean
        BeforeConvertCallback<Document> trimmer() {
            return (d, table) -> {
                d.text = d.text == null ? null : d.text.trim();
                return d;
            };
        }
    }

    /** Records every Tidemark lifecycle event. */
    static class Events implements ApplicationListener<TidemarkMappingEvent<?>> {
        final List<TidemarkMappingEvent<?>> seen = new ArrayList<>();

        @Override
        public void onApplicationEvent(TidemarkMappingEvent<?> event) {
            seen.add(event);
        }
    }

    @Autowired
    DocumentRepository documents;
    @Autowired
    MemoRepository memos;
    @Autowired
    Events events;

    @Test
    void createdValuesStayAndModifiedValuesMove() {
        USER.set("alice");
        NOW.set(Instant.parse("2026-01-01T00:00:00Z"));
        Document d = new Document();
        d.id = "d1";
        d.text = "  draft ";
        documents.save(d);
        Document stored = documents.findById("d1").orElseThrow();
        assertThat(stored.text).isEqualTo("draft");
        assertThat(stored.created).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(stored.createdBy).isEqualTo("alice");
        assertThat(stored.modifiedBy).isEqualTo("alice");

        USER.set("bob");
        NOW.set(Instant.parse("2026-02-01T00:00:00Z"));
        stored.text = "final";
        documents.save(stored);
        Document again = documents.findById("d1").orElseThrow();
        assertThat(again.created).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(again.createdBy).isEqualTo("alice");
        assertThat(again.modified).isEqualTo(LocalDateTime.ofInstant(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC));
        assertThat(again.modifiedBy).isEqualTo("bob");
    }

    @Test
    void recordsAreCopiedWithAuditValues() {
        USER.set("carol");
        NOW.set(Instant.parse("2026-03-01T00:00:00Z"));
        Memo saved = memos.save(new Memo("m1", "hi", null, null));
        assertThat(saved.createdMillis()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z").toEpochMilli());
        assertThat(memos.findById("m1").orElseThrow().modifiedBy()).isEqualTo("carol");
    }

    @Test
    void lifecycleEventsArePublished() {
        events.seen.clear();
        Document d = new Document();
        d.id = "d2";
        documents.save(d);
        documents.delete(d);
        assertThat(events.seen).extracting(e -> e.getClass().getSimpleName())
            .containsExactly(BeforeSaveEvent.class.getSimpleName(), AfterSaveEvent.class.getSimpleName(),
                BeforeDeleteEvent.class.getSimpleName(), AfterDeleteEvent.class.getSimpleName());
        assertThat(events.seen).allMatch(e -> e.getTableName().equals("documents"));
        assertThat(documents.existsById("d2")).isFalse();
    }
}
