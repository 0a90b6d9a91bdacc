package dev.tidemark.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.engine.Database;
import dev.tidemark.mapper.annotation.MappedTable;
import dev.tidemark.mapper.internal.GeneratedSchemas;
import dev.tidemark.mapper.processor.SchemaProcessor;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sources with mapping mistakes fail to compile with the processor, with the message the reflective
 * schema builder gives for the same class; good sources get a generated schema that the mapper uses.
 */
class ProcessorDiagnosticsTest {
    private static final String HEADER = "package bad;\nimport dev.tidemark.mapper.annotation.*;\nimport java.util.*;\n";

    @TempDir
    Path dir;

    record Compiled(boolean ok, List<Diagnostic<? extends JavaFileObject>> diagnostics, Path classes) {
        List<String> errors() {
            return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(Locale.ROOT)).toList();
        }

        List<String> notes() {
            return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.NOTE)
                .map(d -> d.getMessage(Locale.ROOT)).toList();
        }
    }

    private Compiled compile(String name, String body, boolean withProcessor, String... extraOptions) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path out = Files.createDirectories(dir.resolve(withProcessor ? "processed" : "plain").resolve(name));
        JavaFileObject src = new SimpleJavaFileObject(URI.create("string:///bad/" + name + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return HEADER + body;
            }
        };
        List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-s", out.toString(), "-parameters",
            "-classpath", String.join(java.io.File.pathSeparator, location(MappedTable.class),
                location(dev.tidemark.engine.Database.class), location(jakarta.persistence.Entity.class))));
        if (!withProcessor) {
            options.add("-proc:none");
        }
        options.addAll(List.of(extraOptions));
        DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
        JavaCompiler.CompilationTask task = javac.getTask(null, null, diags, options, null, List.of(src));
        if (withProcessor) {
            task.setProcessors(List.of(new SchemaProcessor()));
        }
        boolean ok = task.call();
        return new Compiled(ok, diags.getDiagnostics(), out);
    }

    private static String location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The message the reflective schema builder gives for the class compiled without the processor. */
    private String reflectiveError(String name, String body) throws Exception {
        Compiled plain = compile(name, body, false);
        assertThat(plain.ok()).as(plain.diagnostics().toString()).isTrue();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {plain.classes().toUri().toURL()}, getClass().getClassLoader());
             Database db = Database.openTemporary()) {
            Class<?> cls = loader.loadClass("bad." + name);
            EntityManager em = EntityManager.create(db);
            Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> em.tableName(cls));
            assertThat(t).isInstanceOf(MappingException.class);
            return t.getMessage();
        }
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
            Arguments.of("NoKey", "@MappedTable(\"t\") public record NoKey(String a) { }",
                "Cannot map bad.NoKey: no partition key"),
            Arguments.of("TwoSortKeys", "@MappedTable public record TwoSortKeys(@PartitionKey String p, @SortKey String s1, "
                + "@SortKey String s2) { }", "Cannot map bad.TwoSortKeys: two sort keys, s1 and s2"),
            Arguments.of("Unsupported", "@MappedTable public record Unsupported(@PartitionKey String p, Object what) { }",
                "Cannot map bad.Unsupported.what: unsupported type java.lang.Object"),
            Arguments.of("TextVersion", "@MappedTable public record TextVersion(@PartitionKey String p, @Version String v) { }",
                "Cannot map bad.TextVersion.v: a version property must be long, int, Long or Integer, not java.lang.String"),
            Arguments.of("RawMap", "@MappedTable public record RawMap(@PartitionKey String p, @SuppressWarnings(\"rawtypes\") Map m) { }",
                "Cannot map bad.RawMap.m: java.util.Map needs type arguments"),
            Arguments.of("ListKey", "@MappedTable public record ListKey(@PartitionKey List<String> p) { }",
                "but type java.util.List<java.lang.String> is stored as L"),
            Arguments.of("BadMapKey", "@MappedTable public record BadMapKey(@PartitionKey String p, Map<Double, String> m) { }",
                "Cannot map bad.BadMapKey.m: map keys must be String, an enum, UUID, Integer or Long, not java.lang.Double"),
            Arguments.of("NestedKey", "@MappedTable public record NestedKey(@PartitionKey String p, Inner inner) {\n"
                + "  public record Inner(@PartitionKey String q) { } }",
                "Cannot map bad.NestedKey.inner (stored as a map): Cannot map bad.NestedKey$Inner.q: @PartitionKey is only supported"),
            Arguments.of("FlatVersion", "@MappedTable public record FlatVersion(@PartitionKey String p, @Flatten Inner inner) {\n"
                + "  public record Inner(@Version long v) { } }",
                "Cannot map bad.FlatVersion$Inner.v: @Version is only supported on the entity class itself"),
            Arguments.of("Clash", "@MappedTable public record Clash(@PartitionKey String p, @Attribute(\"x\") String a, String x) { }",
                "Cannot map bad.Clash: properties a and x both use the attribute name x"),
            Arguments.of("WrongUlid", "@MappedTable public record WrongUlid(@PartitionKey @AutoGenerated(AutoGenerated.Strategy.ULID) "
                + "UUID id) { }", "Cannot map bad.WrongUlid.id: @AutoGenerated(ULID) does not support type java.util.UUID"),
            Arguments.of("LocalIndex", "@MappedTable public record LocalIndex(@PartitionKey String p, @IndexSortKey(\"lsi\") String s) { }",
                "index lsi has only a sort key, which makes it a local index, but the table has no sort key"),
            Arguments.of("NoWay", "@MappedTable public class NoWay { @PartitionKey private final String p;\n"
                + "  NoWay(int unrelated) { this.p = \"x\"; } public String getP() { return p; } }",
                "Cannot map bad.NoWay: no way to create it"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void mappingMistakesAreCompileErrorsWithTheReflectiveMessage(String name, String body, String expected) throws Exception {
        Compiled c = compile(name, body, true);
        assertThat(c.ok()).isFalse();
        assertThat(c.errors()).hasSize(1);
        String error = c.errors().get(0);
        assertThat(error).contains(expected);
        assertThat(reflectiveError(name, body)).isEqualTo(error);
    }

    @Test
    void aGoodClassGetsASchemaTheMapperUses() throws Exception {
        String body = "@MappedTable(\"people\") public class Person {\n"
            + "  @PartitionKey private String id; private int age; List<String> tags;\n"
            + "  public String getId() { return id; } public void setId(String id) { this.id = id; }\n"
            + "  public int getAge() { return age; } public void setAge(int age) { this.age = age; } }";
        Compiled c = compile("Person", body, true);
        assertThat(c.ok()).as(c.diagnostics().toString()).isTrue();
        assertThat(c.classes().resolve("bad/Person_TidemarkSchema.java")).exists();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {c.classes().toUri().toURL()}, getClass().getClassLoader());
             Database db = Database.openTemporary()) {
            Class<?> cls = loader.loadClass("bad.Person");
            EntityManager em = EntityManager.create(db);
            assertThat(GeneratedSchemas.kind(em, cls)).isEqualTo(GeneratedSchemas.Kind.GENERATED);
            em.createTable(cls);
            Object p = cls.getConstructor().newInstance();
            cls.getMethod("setId", String.class).invoke(p, "p1");
            cls.getMethod("setAge", int.class).invoke(p, 41);
            em.save(p);
            Object back = em.find(cls, "p1").orElseThrow();
            assertThat(cls.getMethod("getAge").invoke(back)).isEqualTo(41);
        }
    }

    @Test
    void constructorArgumentsAreMatchedByNameAndSuperclassPropertiesIncluded() throws Exception {
        String body = "@MappedTable(\"points\") public class Point3 extends Base {\n"
            + "  private final long x; private final long y;\n"
            + "  Point3(long y, String id, long x) { super(id); this.x = x; this.y = y; }\n"
            + "  public long getX() { return x; } public long getY() { return y; } }\n"
            + "class Base { @PartitionKey private final String id; Base(String id) { this.id = id; }\n"
            + "  public String getId() { return id; } }";
        Compiled c = compile("Point3", body, true);
        assertThat(c.ok()).as(c.diagnostics().toString()).isTrue();
        assertThat(Files.readString(c.classes().resolve("bad/Point3_TidemarkSchema.java")))
            .contains("new bad.Point3((long) a[2], (java.lang.String) a[0], (long) a[1])");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {c.classes().toUri().toURL()}, getClass().getClassLoader());
             Database db = Database.openTemporary()) {
            Class<?> cls = loader.loadClass("bad.Point3");
            EntityManager em = EntityManager.create(db);
            assertThat(GeneratedSchemas.kind(em, cls)).isEqualTo(GeneratedSchemas.Kind.GENERATED);
            em.createTable(cls);
            var ctor = cls.getDeclaredConstructor(long.class, String.class, long.class);
            ctor.setAccessible(true);
            em.save(ctor.newInstance(7L, "p", 3L));
            Object back = em.find(cls, "p").orElseThrow();
            assertThat(cls.getMethod("getX").invoke(back)).isEqualTo(3L);
            assertThat(cls.getMethod("getY").invoke(back)).isEqualTo(7L);
        }
    }

    @Test
    void typesLeftToGlobalConvertersAreDeclaredByOption() throws Exception {
        String body = "@MappedTable public record Converted(@PartitionKey String p, java.awt.Point where) { }";
        assertThat(compile("Converted", body, true).errors()).singleElement().asString()
            .contains("unsupported type java.awt.Point");
        Compiled c = compile("Converted", body, true, "-Atidemark.mapper.convertedTypes=java.awt.Point");
        assertThat(c.ok()).as(c.diagnostics().toString()).isTrue();
        assertThat(c.classes().resolve("bad/Converted_TidemarkSchema.java")).exists();
    }

    @Test
    void jakartaPersistenceEntitiesGetASchemaThatStoresWhatReflectionStores() throws Exception {
        String body = "import jakarta.persistence.*;\n"
            + "@Entity(name = \"jpa_people\") public class JpaPerson {\n"
            + "  public enum Level { LOW, HIGH }\n"
            + "  @Id private String id; @Column(name = \"full_name\") private String name; @jakarta.persistence.Version private long version;\n"
            + "  @Enumerated(EnumType.ORDINAL) private Level level; @Transient private String scratch;\n"
            + "  @Embedded private Address address;\n"
            + "  public static class Address { private String city; public String getCity() { return city; }\n"
            + "    public void setCity(String c) { city = c; } }\n"
            + "  public String getId() { return id; } public void setId(String v) { id = v; }\n"
            + "  public String getName() { return name; } public void setName(String v) { name = v; }\n"
            + "  public long getVersion() { return version; } public void setVersion(long v) { version = v; }\n"
            + "  public Level getLevel() { return level; } public void setLevel(Level v) { level = v; }\n"
            + "  public Address getAddress() { return address; } public void setAddress(Address v) { address = v; } }";
        Compiled c = compile("JpaPerson", body, true);
        assertThat(c.ok()).as(c.diagnostics().toString()).isTrue();
        assertThat(c.classes().resolve("bad/JpaPerson_TidemarkSchema.java")).exists();
        assertThat(c.classes().resolve("bad/JpaPerson$Address_TidemarkSchema.java")).exists();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {c.classes().toUri().toURL()}, getClass().getClassLoader());
             Database db = Database.openTemporary()) {
            Class<?> cls = loader.loadClass("bad.JpaPerson");
            Class<?> addr = loader.loadClass("bad.JpaPerson$Address");
            Class<?> level = loader.loadClass("bad.JpaPerson$Level");
            EntityManager generated = EntityManager.create(db);
            EntityManager reflective = EntityManager.builder(db).generatedSchemas(false).build();
            assertThat(GeneratedSchemas.kind(generated, cls)).isEqualTo(GeneratedSchemas.Kind.GENERATED);
            assertThat(generated.tableName(cls)).isEqualTo("jpa_people");
            generated.createTable(cls);
            java.util.Map<String, java.util.Map<String, dev.tidemark.engine.model.AttributeValue>> items = new java.util.HashMap<>();
            for (EntityManager em : List.of(generated, reflective)) {
                String id = em == generated ? "g" : "r";
                Object p = cls.getConstructor().newInstance();
                cls.getMethod("setId", String.class).invoke(p, id);
                cls.getMethod("setName", String.class).invoke(p, "Ann");
                cls.getMethod("setLevel", level).invoke(p, level.getEnumConstants()[1]);
                Object a = addr.getConstructor().newInstance();
                addr.getMethod("setCity", String.class).invoke(a, "Oslo");
                cls.getMethod("setAddress", addr).invoke(p, a);
                em.save(p);
                assertThat(cls.getMethod("getVersion").invoke(p)).isEqualTo(1L);
                java.util.Map<String, dev.tidemark.engine.model.AttributeValue> item = new java.util.HashMap<>(db.getItem(g -> g
                    .tableName("jpa_people").key(java.util.Map.of("id", dev.tidemark.engine.model.AttributeValue.fromS(id)))).item());
                item.remove("id");
                items.put(id, item);
                Object back = (em == generated ? reflective : generated).find(cls, id).orElseThrow();
                assertThat(addr.getMethod("getCity").invoke(cls.getMethod("getAddress").invoke(back))).isEqualTo("Oslo");
            }
            assertThat(items.get("g")).isEqualTo(items.get("r")).containsKeys("full_name", "level", "city", "version")
                .doesNotContainKey("scratch");
            assertThat(items.get("g").get("level").n()).isEqualTo("1");
        }
    }

    @Test
    void aClassThatNeedsReflectionIsLeftToTheReflectiveSchemaWithANote() throws Exception {
        String body = "@MappedTable public class Hidden { @PartitionKey private String id;\n"
            + "  public void setId(String id) { this.id = id; } }";
        Compiled c = compile("Hidden", body, true);
        assertThat(c.ok()).as(c.diagnostics().toString()).isTrue();
        assertThat(c.notes()).anySatisfy(n -> assertThat(n).contains("bad.Hidden uses the reflective schema")
            .contains("property id is private and has no accessible getter"));
        assertThat(c.classes().resolve("bad/Hidden_TidemarkSchema.java")).doesNotExist();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {c.classes().toUri().toURL()}, getClass().getClassLoader());
             Database db = Database.openTemporary()) {
            Class<?> cls = loader.loadClass("bad.Hidden");
            assertThat(GeneratedSchemas.kind(EntityManager.create(db), cls)).isEqualTo(GeneratedSchemas.Kind.REFLECTIVE);
        }
    }
}
