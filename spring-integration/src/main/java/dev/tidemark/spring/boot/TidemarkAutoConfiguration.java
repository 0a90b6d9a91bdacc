package dev.tidemark.spring.boot;

import dev.tidemark.engine.Database;
import dev.tidemark.mapper.EntityManager;
import dev.tidemark.spring.core.TidemarkOperations;
import dev.tidemark.spring.core.TidemarkTemplate;
import dev.tidemark.spring.core.mapping.TidemarkMappingContext;
import dev.tidemark.spring.transaction.TidemarkTransactionManager;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionManager;

/**
 * Auto-configures a {@link Database} from {@link TidemarkProperties} ({@code tidemark.url}: embedded
 * directory, temporary, or {@code http://host:port} for a server reached through the remote client
 * with {@code tidemark.username} and {@code tidemark.password},
 * {@code tidemark.path} or {@code tidemark.in-memory=true}; without any the application fails to
 * start), an
 * {@link EntityManager} (table names with {@code tidemark.table-prefix} / {@code tidemark.table-suffix}), a {@link TidemarkTemplate} named {@code tidemarkTemplate} and, unless the
 * application has one, a {@link TidemarkTransactionManager} named {@code transactionManager}.
 * Every bean backs off when the application defines its own; {@code @Transactional} is enabled when
 * nothing else enabled it.
 */
@AutoConfiguration
@ConditionalOnClass({Database.class, EntityManager.class, TidemarkTemplate.class})
@EnableConfigurationProperties(TidemarkProperties.class)
public class TidemarkAutoConfiguration {

    /** The database, closed with the application context. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public Database tidemarkDatabase(TidemarkProperties properties) {
        String url = properties.getUrl();
        if (url != null && !url.isBlank()) {
            String u = url.trim();
            if (u.startsWith("jdbc:tidemark:")) {
                u = u.substring("jdbc:tidemark:".length());
            }
            if (u.startsWith("http://") || u.startsWith("https://") || u.startsWith("tidemark://") || u.startsWith("//")) {
                return remoteDatabase(url, u.startsWith("//") ? "http:" + u : u, properties);
            }
            if (u.startsWith("file:") && u.length() > "file:".length()) {
                return Database.open(java.nio.file.Path.of(u.substring("file:".length())), options(properties));
            }
            if (u.startsWith("mem:")) {
                return Database.openTemporary(options(properties));
            }
            throw new IllegalStateException("tidemark.url " + url + " is not a Tidemark URL: use file:<directory>,"
                + " mem:<name> or http://host:port (a server)");
        }
        if (properties.getPath() != null) {
            return Database.open(properties.getPath(), options(properties));
        }
        if (properties.isInMemory()) {
            return Database.openTemporary(options(properties));
        }
        throw new IllegalStateException("No Tidemark database configured: set tidemark.url (file:<directory> or"
            + " mem:<name>), tidemark.path to a directory, or tidemark.in-memory=true for a temporary database, or"
            + " define a Database bean; http://host:port reaches a server");
    }

    /** The options of an embedded database: the defaults, with {@code tidemark.ttl-sweep-interval} when set. */
    private static dev.tidemark.engine.DatabaseOptions options(TidemarkProperties properties) {
        dev.tidemark.engine.DatabaseOptions.Builder b = dev.tidemark.engine.DatabaseOptions.defaults().toBuilder();
        if (properties.getTtlSweepInterval() != null) {
            b.ttlSweepInterval(properties.getTtlSweepInterval());
        }
        return b.build();
    }

    /**
     * A database served by a Tidemark server, reached over its DynamoDB API with the user and password
     * of {@code tidemark.username} and {@code tidemark.password}.
     */
    private static Database remoteDatabase(String url, String address, TidemarkProperties properties) {
        java.net.URI uri;
        try {
            uri = java.net.URI.create(address);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("tidemark.url " + url + " is not a server address (http://host:port): "
                + e.getMessage());
        }
        if (uri.getHost() == null) {
            throw new IllegalStateException("tidemark.url " + url + " names no host: use http://host:port");
        }
        if (properties.getUsername() == null || properties.getPassword() == null) {
            throw new IllegalStateException("tidemark.url " + url + " names a Tidemark server: set tidemark.username"
                + " and tidemark.password to one of its users");
        }
        return dev.tidemark.client.TidemarkClient.connect(uri,
            dev.tidemark.client.Credentials.of(properties.getUsername(), properties.getPassword()));
    }

    /**
     * The entity manager, with the table name prefix and suffix of {@code tidemark.table-prefix} and
     * {@code tidemark.table-suffix}. An application's own {@link EntityManager} bean replaces it (and
     * then sets its table names itself, with {@link EntityManager.Builder#tableNamePrefix(String)}).
     */
    @Bean
    @ConditionalOnMissingBean
    public EntityManager tidemarkEntityManager(Database database, TidemarkProperties properties) {
        return EntityManager.builder(database).tableNamePrefix(properties.getTablePrefix())
            .tableNameSuffix(properties.getTableSuffix()).build();
    }

    /** The key and index metamodel. */
    @Bean
    @ConditionalOnMissingBean
    public TidemarkMappingContext tidemarkMappingContext() {
        return new TidemarkMappingContext();
    }

    /** The template repositories use. */
    @Bean
    @ConditionalOnMissingBean(TidemarkOperations.class)
    public TidemarkTemplate tidemarkTemplate(EntityManager entityManager, TidemarkMappingContext mappingContext) {
        return new TidemarkTemplate(entityManager, mappingContext);
    }

    /** Transactions for {@code @Transactional}, unless the application has a transaction manager. */
    @Bean
    @ConditionalOnMissingBean({PlatformTransactionManager.class, TransactionManager.class})
    public TidemarkTransactionManager transactionManager(EntityManager entityManager) {
        return new TidemarkTransactionManager(entityManager);
    }

    /**
     * Turns on {@code @Transactional} (Spring Boot's own transaction auto-configuration lives in a
     * separate module) unless the application already did.
     */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(org.springframework.transaction.annotation.AbstractTransactionManagementConfiguration.class)
    @org.springframework.transaction.annotation.EnableTransactionManagement(proxyTargetClass = true)
    static class EnableTransactions {
    }
}
