package dev.tidemark.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.engine.Database;
import dev.tidemark.mapper.EntityManager;
import dev.tidemark.mapper.MappingException;
import dev.tidemark.spring.boot.app.Product;
import dev.tidemark.spring.boot.app.ProductRepository;
import dev.tidemark.spring.core.TidemarkTemplate;
import dev.tidemark.spring.repository.config.EnableTidemarkRepositories;
import dev.tidemark.spring.repository.support.TidemarkRepositoryFactoryBean.SchemaAction;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/** How the database is chosen from properties, with Spring Boot's context runner. */
class AutoConfigurationPropertiesTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(TidemarkAutoConfiguration.class));

    @TempDir
    Path dir;

    @Test
    void fileUrlOpensADurableDatabaseInTheDirectory() {
        Path db = dir.resolve("db");
        runner.withPropertyValues("tidemark.url=file:" + db).run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx.getBean(Database.class).directory()).isEqualTo(db);
        });
        assertThat(Files.isDirectory(db)).isTrue();
    }

    @Test
    void pathAndInMemory() {
        runner.withPropertyValues("tidemark.path=" + dir.resolve("p")).run(ctx ->
            assertThat(ctx.getBean(Database.class).directory()).isEqualTo(dir.resolve("p")));
        runner.withPropertyValues("tidemark.url=mem:test").run(ctx -> assertThat(ctx).hasSingleBean(Database.class));
        runner.withPropertyValues("tidemark.in-memory=true").run(ctx -> assertThat(ctx).hasSingleBean(Database.class));
    }

    @Test
    void missingOrRemoteConfigurationFailsNamingTheProperties() {
        runner.run(ctx -> assertThat(ctx).getFailure().rootCause().hasMessageContaining("tidemark.path")
            .hasMessageContaining("tidemark.in-memory"));
        runner.withPropertyValues("tidemark.url=//db.example:8000").run(ctx ->
            assertThat(ctx).getFailure().rootCause().hasMessageContaining("tidemark.username")
                .hasMessageContaining("tidemark.password"));
        runner.withPropertyValues("tidemark.url=http://", "tidemark.username=u", "tidemark.password=p").run(ctx ->
            assertThat(ctx).getFailure().rootCause().hasMessageContaining("http://host:port"));
        runner.withPropertyValues("tidemark.url=ftp:x").run(ctx ->
            assertThat(ctx).getFailure().rootCause().hasMessageContaining("not a Tidemark URL"));
    }

    @Test
    void serverUrlsGiveTheRemoteClient() {
        for (String url : new String[] {"http://db.example:8000", "tidemark://db.example:8000", "//db.example:8000",
            "jdbc:tidemark://db.example:8000"}) {
            runner.withPropertyValues("tidemark.url=" + url, "tidemark.username=app", "tidemark.password=pw").run(ctx -> {
                assertThat(ctx).hasNotFailed();
                Database db = ctx.getBean(Database.class);
                assertThat(db.directory()).isNull();
                assertThat(db.toString()).contains("http://db.example:8000/").contains("app");
            });
        }
    }

    @Test
    void applicationBeansWin() {
        runner.withPropertyValues("tidemark.in-memory=true")
            .withBean("myTransactionManager", org.springframework.transaction.PlatformTransactionManager.class,
                () -> new org.springframework.transaction.support.AbstractPlatformTransactionManager() {
                    @Override
                    protected Object doGetTransaction() {
                        return new Object();
                    }

                    @Override
                    protected void doBegin(Object transaction, org.springframework.transaction.TransactionDefinition d) {
                    }

                    @Override
                    protected void doCommit(org.springframework.transaction.support.DefaultTransactionStatus s) {
                    }

                    @Override
                    protected void doRollback(org.springframework.transaction.support.DefaultTransactionStatus s) {
                    }
                })
            .run(ctx -> {
                assertThat(ctx).doesNotHaveBean(dev.tidemark.spring.transaction.TidemarkTransactionManager.class);
                assertThat(ctx).hasSingleBean(dev.tidemark.spring.core.TidemarkTemplate.class);
            });
    }

    /** Repositories of the sample application, with their tables created at start-up. */
    @Configuration
    @EnableTidemarkRepositories(basePackageClasses = ProductRepository.class, schemaAction = SchemaAction.CREATE_IF_MISSING,
        includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = ProductRepository.class))
    static class Repositories {
    }

    /** No auto-configuration: the application's own entity manager carries the prefix. */
    @Configuration
    static class OwnEntityManager {
        @Bean(destroyMethod = "close")
        Database database() {
            return Database.openTemporary();
        }

        @Bean
        EntityManager entityManager(Database database) {
            return EntityManager.builder(database).tableNamePrefix("tenant7_").build();
        }

        @Bean
        TidemarkTemplate tidemarkTemplate(EntityManager entityManager) {
            return new TidemarkTemplate(entityManager);
        }
    }

    @Test
    void tablePrefixAndSuffixPropertiesReachTheEntityManager() {
        runner.withPropertyValues("tidemark.in-memory=true", "tidemark.table-prefix=qa.", "tidemark.table-suffix=-2")
            .withUserConfiguration(Repositories.class).run(ctx -> {
                assertThat(ctx).hasNotFailed();
                Database db = ctx.getBean(Database.class);
                assertThat(db.listTables(b -> { }).tableNames()).containsExactly("qa.products-2");
                assertThat(ctx.getBean(EntityManager.class).tableName(Product.class)).isEqualTo("qa.products-2");
                ctx.getBean(ProductRepository.class).save(new Product("s1", "tea", 3, null));
                assertThat(db.scan(s -> s.tableName("qa.products-2")).count()).isEqualTo(1);
            });
        runner.withPropertyValues("tidemark.in-memory=true").run(ctx ->
            assertThat(ctx.getBean(EntityManager.class).tableName(Product.class)).isEqualTo("products"));
    }

    @Test
    void anInvalidResultingTableNameStopsStartUpNamingEntityAndName() {
        runner.withPropertyValues("tidemark.in-memory=true", "tidemark.table-prefix=dev env/")
            .withUserConfiguration(Repositories.class).run(ctx -> assertThat(ctx).getFailure().rootCause()
                .isInstanceOf(MappingException.class).hasMessageContaining(Product.class.getName())
                .hasMessageContaining("\"dev env/products\"").hasMessageContaining("not a valid table name"));
    }

    @Test
    void enableTidemarkRepositoriesUsesTheApplicationsEntityManagerNames() {
        new ApplicationContextRunner().withUserConfiguration(OwnEntityManager.class, Repositories.class).run(ctx -> {
            assertThat(ctx).hasNotFailed();
            Database db = ctx.getBean(Database.class);
            ProductRepository products = ctx.getBean(ProductRepository.class);
            products.save(new Product("s1", "tea", 3, null));
            assertThat(products.findById("s1")).isPresent();
            assertThat(db.listTables(b -> { }).tableNames()).containsExactly("tenant7_products");
            assertThat(db.scan(s -> s.tableName("tenant7_products")).count()).isEqualTo(1);
        });
        // Application beans win over the auto-configuration, prefix properties included.
        runner.withPropertyValues("tidemark.table-prefix=dev_").withUserConfiguration(OwnEntityManager.class, Repositories.class)
            .run(ctx -> assertThat(ctx.getBean(Database.class).listTables(b -> { }).tableNames())
                .containsExactly("tenant7_products"));
    }
}
