package dev.tidemark.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.engine.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

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
            assertThat(ctx).getFailure().rootCause().hasMessageContaining("remote"));
        runner.withPropertyValues("tidemark.url=ftp:x").run(ctx ->
            assertThat(ctx).getFailure().rootCause().hasMessageContaining("not a Tidemark URL"));
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
}
