package dev.tidemark.mapper;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidemark.engine.Database;
import dev.tidemark.mapper.internal.EntityManagerImpl;
import dev.tidemark.mapper.internal.MapperConfig;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Stores and loads entities — annotated JavaBeans, records and immutable classes — in a
 * {@link Database}. Thread-safe; create one per database and share it. Each entity class's schema
 * is built once, on first use, and mapping mistakes are reported then as {@link MappingException}.
 *
 * <pre>{@code
 * EntityManager em = EntityManager.create(db);
 * em.createTable(Order.class);
 * Order saved = em.persist(new Order("c1", "o1", 42));
 * Optional<Order> found = em.find(Order.class, Key.of("c1", "o1"));
 * em.update(Order.class, Key.of("c1", "o1")).increment("quantity", 1).execute();
 * List<Order> orders = em.query(Order.class).partition("c1").sortBeginsWith("o").list();
 * }</pre>
 *
 * <p>Writes of an entity with a {@link dev.tidemark.mapper.annotation.Version} property check and
 * increment it; a stale write fails with {@link OptimisticLockException}. Methods that write return
 * the entity as stored (with generated values and the new version): the same instance, updated in
 * place, for mutable classes; a new instance for records and immutable classes.
 */
public interface EntityManager {

    /**
     * An entity manager with the standard converters.
     *
     * @param database the database
     * @return the entity manager
     */
    static EntityManager create(Database database) {
        return builder(database).build();
    }

    /**
     * A builder for an entity manager with custom converters or settings.
     *
     * @param database the database
     * @return the builder
     */
    static Builder builder(Database database) {
        return new Builder(database);
    }

    /** The database this entity manager writes to. */
    Database database();

    /**
     * Creates an entity; fails if an item with its key exists.
     *
     * @param entity the entity
     * @param <T> its type
     * @return the entity as stored
     * @throws EntityExistsException when the key is taken
     */
    <T> T persist(T entity);

    /**
     * Creates or replaces an entity (checking the version of a versioned entity).
     *
     * @param entity the entity
     * @param <T> its type
     * @return the entity as stored
     */
    <T> T save(T entity);

    /**
     * Replaces an existing entity's attributes: non-null properties are set, null ones removed.
     *
     * @param entity the entity
     * @param <T> its type
     * @return the entity as stored
     * @throws EntityNotFoundException when no item has its key
     */
    <T> T update(T entity);

    /**
     * Starts a one-off update of the item with {@code key}.
     *
     * @param type the entity type
     * @param key the key
     * @param <T> the entity type
     * @return the update builder; call {@link Update#execute()}
     */
    <T> Update<T> update(Class<T> type, Key key);

    /**
     * Reads an entity by key.
     *
     * @param type the entity type (a polymorphic base type returns the stored subtype)
     * @param key the key
     * @param <T> the entity type
     * @return the entity, or empty when there is no item (or it is of another subtype)
     */
    <T> Optional<T> find(Class<T> type, Key key);

    /** Reads an entity of a table without a sort key. */
    default <T> Optional<T> find(Class<T> type, Object partitionKey) {
        return find(type, Key.of(partitionKey));
    }

    /** Reads an entity by partition and sort key. */
    default <T> Optional<T> find(Class<T> type, Object partitionKey, Object sortKey) {
        return find(type, Key.of(partitionKey, sortKey));
    }

    /**
     * Deletes an entity, checking its version when it has one.
     *
     * @param entity the entity
     * @throws OptimisticLockException when the stored version differs
     */
    void delete(Object entity);

    /**
     * Deletes the item with {@code key}, whatever its version.
     *
     * @param type the entity type
     * @param key the key
     * @param <T> the entity type
     * @return the deleted entity, or empty when there was none
     */
    <T> Optional<T> delete(Class<T> type, Key key);

    /** Starts a typed query. */
    <T> Query<T> query(Class<T> type);

    /** Starts a typed scan. */
    <T> Scan<T> scan(Class<T> type);

    /** Starts a batch read. */
    BatchGet batchGet();

    /**
     * Creates or replaces entities of any types, 25 per BatchWriteItem, retrying unprocessed items
     * with backoff. Batch writes cannot carry conditions: versions are incremented but not checked.
     *
     * @param entities the entities
     * @param <T> their common type
     * @return the entities as stored, in order
     */
    <T> List<T> batchSave(Collection<? extends T> entities);

    /**
     * Deletes entities of any types by their keys, 25 per BatchWriteItem, with retries.
     *
     * @param entities the entities
     */
    void batchDelete(Collection<?> entities);

    /**
     * Runs {@code work}, which adds writes to a transaction, then executes the transaction.
     *
     * @param work adds the writes
     */
    void inTransaction(Consumer<Transaction> work);

    /** An explicit transaction to fill in and {@link Transaction#execute()}. */
    Transaction transactWrite();

    /** A snapshot read of several entities. */
    TransactGet transactGet();

    /**
     * Creates the table of the given entity types (which must share one table), with their
     * secondary indexes.
     *
     * @param entityTypes entity classes, or a polymorphic base
     */
    default void createTable(Class<?>... entityTypes) {
        createTable(TableOptions.defaults(), entityTypes);
    }

    /**
     * Creates the table of the given entity types with options.
     *
     * @param options time to live and stream settings
     * @param entityTypes entity classes, or a polymorphic base
     */
    void createTable(TableOptions options, Class<?>... entityTypes);

    /**
     * Checks that the existing table matches the entity types: key schema, attribute types and
     * secondary indexes.
     *
     * @param entityTypes entity classes, or a polymorphic base
     * @throws MappingException listing every difference
     * @throws dev.tidemark.engine.ResourceNotFoundException when the table does not exist
     */
    void validateTable(Class<?>... entityTypes);

    /** The name of the table an entity type is stored in. */
    String tableName(Class<?> entityType);

    /**
     * A continuation token that resumes a query or scan of the entity's table (or of its secondary
     * index {@code indexName}) right after {@code entity}, as if a page had ended with it. Lets
     * callers stop in the middle of a page and resume exactly there (keyset paging).
     *
     * @param entity an entity with its key (and the index's key) properties set
     * @param indexName the index the query or scan reads, or {@code null} for the table
     * @return the token for {@link Query#startAfter(String)} or {@link Scan#startAfter(String)}
     * @throws IllegalArgumentException when the entity lacks a key value or declares no such index
     */
    String continuationToken(Object entity, String indexName);

    /** Configures an {@link EntityManager}. */
    final class Builder {
        private final Database database;
        private final Map<Class<?>, AttributeConverter<?>> converters = new LinkedHashMap<>();
        private ObjectMapper objectMapper;
        private Clock clock = Clock.systemUTC();
        private int batchMaxAttempts = 8;
        private long batchBaseDelayMillis = 10;
        private boolean generatedSchemas = true;
        private String tableNamePrefix = "";
        private String tableNameSuffix = "";
        private UnaryOperator<String> tableNameResolver;

        private Builder(Database database) {
            this.database = Objects.requireNonNull(database, "database");
        }

        /**
         * Registers a converter for every property of type {@code type} (the global converter
         * registry; per-property {@code @ConvertWith} wins).
         */
        public <T> Builder converter(Class<T> type, AttributeConverter<T> converter) {
            converters.put(Objects.requireNonNull(type), Objects.requireNonNull(converter));
            return this;
        }

        /** The Jackson mapper for {@code @Json} properties (default: a plain {@code new ObjectMapper()}). */
        public Builder objectMapper(ObjectMapper objectMapper) {
            this.objectMapper = Objects.requireNonNull(objectMapper);
            return this;
        }

        /** The clock for generated timestamps. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /**
         * Retries of unprocessed batch items: at most {@code maxAttempts} calls per chunk, waiting
         * {@code baseDelayMillis} doubled after each call that left items unprocessed.
         */
        public Builder batchRetry(int maxAttempts, long baseDelayMillis) {
            if (maxAttempts < 1 || baseDelayMillis < 0) {
                throw new IllegalArgumentException("maxAttempts must be >= 1 and baseDelayMillis >= 0");
            }
            this.batchMaxAttempts = maxAttempts;
            this.batchBaseDelayMillis = baseDelayMillis;
            return this;
        }

        /**
         * Whether schemas generated at compile time by the Tidemark annotation processor are used
         * (default true). With false every class is introspected at run time, as classes the
         * processor did not see always are.
         */
        public Builder generatedSchemas(boolean use) {
            this.generatedSchemas = use;
            return this;
        }

        /**
         * A text put before every entity's table name (for example {@code dev_}), so that the same
         * entities use differently named tables, say per environment. Applies everywhere this entity
         * manager names a table: item operations, queries, scans, batches, transactions,
         * {@code createTable}, {@code validateTable} and {@link EntityManager#tableName}.
         * The resulting name must be a valid table name (3 to 255 characters from {@code a-z A-Z 0-9 _ - .});
         * otherwise the entity's first use fails with a {@link MappingException} naming the entity and
         * the resulting name.
         *
         * @param prefix the prefix; empty for none
         * @return this builder
         */
        public Builder tableNamePrefix(String prefix) {
            this.tableNamePrefix = Objects.requireNonNull(prefix, "prefix");
            return this;
        }

        /**
         * A text put after every entity's table name (for example {@code _v2}); see
         * {@link #tableNamePrefix(String)}.
         *
         * @param suffix the suffix; empty for none
         * @return this builder
         */
        public Builder tableNameSuffix(String suffix) {
            this.tableNameSuffix = Objects.requireNonNull(suffix, "suffix");
            return this;
        }

        /**
         * A general rewrite of every entity's declared table name (from {@code @MappedTable},
         * JPA {@code @Table}/{@code @Entity} or the class name). It runs first; the
         * {@linkplain #tableNamePrefix(String) prefix} and {@linkplain #tableNameSuffix(String) suffix}
         * are added to its result. It must be a pure function: each entity type's name is resolved
         * once, when its schema is built. The same rules as for the prefix apply to the result.
         *
         * @param resolver from the declared name to the name used in the database
         * @return this builder
         */
        public Builder tableNameResolver(UnaryOperator<String> resolver) {
            this.tableNameResolver = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        /** Builds the entity manager. */
        public EntityManager build() {
            return new EntityManagerImpl(database, new MapperConfig(Map.copyOf(converters),
                objectMapper == null ? new ObjectMapper() : objectMapper, clock,
                batchMaxAttempts, batchBaseDelayMillis, generatedSchemas, tableNames()));
        }

        private UnaryOperator<String> tableNames() {
            if (tableNameResolver == null && tableNamePrefix.isEmpty() && tableNameSuffix.isEmpty()) {
                return null;
            }
            UnaryOperator<String> resolver = tableNameResolver;
            String prefix = tableNamePrefix;
            String suffix = tableNameSuffix;
            return declared -> {
                String base = resolver == null ? declared : resolver.apply(declared);
                return base == null ? null : prefix + base + suffix;
            };
        }
    }
}
