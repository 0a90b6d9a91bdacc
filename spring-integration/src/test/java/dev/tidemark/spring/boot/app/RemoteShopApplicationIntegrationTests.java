package dev.tidemark.spring.boot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.client.Credentials;
import dev.tidemark.client.TidemarkClient;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.server.TidemarkServer;
import dev.tidemark.server.internal.UserStore;
import dev.tidemark.spring.transaction.TidemarkTransactionManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The shop application with {@code tidemark.url} pointing at a real server: auto-configuration picks
 * the remote client, and repositories, derived queries and {@code @Transactional} run over the
 * server's DynamoDB API; the data is in the server's database.
 */
@SpringBootTest(properties = "tidemark.schema-action=create-if-missing")
class RemoteShopApplicationIntegrationTests {
    static Path dir;
    static TidemarkServer server;

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        try {
            dir = Files.createTempDirectory("tidemark-remote-shop");
            UserStore.create(dir.resolve("users.properties"), "shop", "sh0p-pw");
            server = TidemarkServer.start(dir.resolve("db"), "127.0.0.1", 0, dir.resolve("users.properties"),
                new PrintStream(new ByteArrayOutputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("tidemark.url", () -> "http://127.0.0.1:" + server.port());
        registry.add("tidemark.username", () -> "shop");
        registry.add("tidemark.password", () -> "sh0p-pw");
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Autowired
    Database database;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    ProductRepository products;
    @Autowired
    Catalog catalog;

    @Test
    void repositoriesAndTransactionsRunOnTheServer() {
        assertThat(database.directory()).isNull();
        assertThat(database.toString()).contains("RemoteDatabase");
        assertThat(transactionManager).isInstanceOf(TidemarkTransactionManager.class);
        assertThat(database.listTables(b -> { }).tableNames()).contains("products");

        catalog.addAll(false, new Product("p1", "tea", 4, null), new Product("p2", "tea", 9, null),
            new Product("p3", "tea", 6, null), new Product("p4", "cups", 5, null));
        assertThat(products.count()).isEqualTo(4);
        assertThat(products.findByCategoryAndPriceLessThanOrderByPriceDesc("tea", 9))
            .extracting(Product::sku).containsExactly("p3", "p1");
        assertThat(products.findById("p1")).get().extracting(Product::version).isEqualTo(1L);

        assertThatThrownBy(() -> catalog.addAll(true, new Product("p5", "tea", 1, null)))
            .isInstanceOf(IllegalStateException.class);
        assertThat(products.existsById("p5")).isFalse();

        // another client of the same server sees the application's writes
        try (Database other = TidemarkClient.connect(server.dynamoDbEndpoint(), Credentials.of("shop", "sh0p-pw"))) {
            assertThat(other.getItem(g -> g.tableName("products").key(Map.of("sku", AttributeValue.fromS("p2"))))
                .item()).containsEntry("category", AttributeValue.fromS("tea"));
        }
    }
}
