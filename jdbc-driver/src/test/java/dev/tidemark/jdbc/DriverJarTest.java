package dev.tidemark.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The self-contained driver jar ({@code target/tidemark-jdbc-<version>-all.jar}) works alone: loaded in a
 * class loader that sees nothing of the build's classpath, it runs DDL, DML and a grouped query.
 * Runs in the package phase, after the jar is built.
 */
class DriverJarTest {
    @Test
    void withoutTheJvmOptionsAnEmbeddedConnectionSaysWhichAreMissing() throws Exception {
        Path jar = Path.of(System.getProperty("tidemark.driver.jar", "target/tidemark-jdbc-missing.jar"));
        String javaCmd = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(javaCmd, "-Dchronicle.analytics.disable=true", "-cp",
                jar + java.io.File.pathSeparator + Path.of("target/test-classes").toAbsolutePath(),
                NoFlagsProbe.class.getName()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(out).contains("08001 The embedded Tidemark engine needs these JVM options")
                .contains("--add-opens=java.base/java.lang=ALL-UNNAMED").contains("jdbc:tidemark://host:port");
    }

    @Test
    void theShadedJarRunsQueriesInAnIsolatedClassLoader() throws Exception {
        Path jar = Path.of(System.getProperty("tidemark.driver.jar", "target/tidemark-jdbc-missing.jar"));
        assertThat(jar).exists();
        assertThat(Files.size(jar)).isGreaterThan(1_000_000);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            Class<?> driverClass = Class.forName("dev.tidemark.jdbc.TidemarkDriver", true, loader);
            assertThat(driverClass.getClassLoader()).isSameAs(loader);
            // clashing libraries are relocated inside the jar
            assertThat(loader.loadClass("dev.tidemark.shaded.jackson.databind.ObjectMapper")).isNotNull();
            assertThat(loader.loadClass("dev.tidemark.shaded.guava.collect.ImmutableList")).isNotNull();
            assertThatThrownBy(() -> loader.loadClass("com.fasterxml.jackson.databind.ObjectMapper"))
                    .isInstanceOf(ClassNotFoundException.class);
            Driver driver = (Driver) driverClass.getDeclaredConstructor().newInstance();
            try (Connection c = driver.connect("jdbc:tidemark:mem:shaded", new Properties());
                    Statement s = c.createStatement()) {
                s.execute("create table sales (region varchar, id bigint, amount decimal, primary key (region, id))");
                assertThat(s.executeUpdate("insert into sales (region, id, amount) values ('north', 1, 10.5),"
                        + " ('north', 2, 4.5), ('south', 1, 7)")).isEqualTo(3);
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("select region, count(*), sum(amount) from sales group by region"
                        + " order by region")) {
                    while (rs.next()) {
                        rows.add(rs.getString(1) + " " + rs.getLong(2) + " " + rs.getBigDecimal(3).stripTrailingZeros().toPlainString());
                    }
                }
                assertThat(rows).containsExactly("north 2 15", "south 1 7");
                try (ResultSet rs = c.getMetaData().getPrimaryKeys(null, null, "sales")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString("COLUMN_NAME")).isEqualTo("region");
                }
            }
        }
    }
}
