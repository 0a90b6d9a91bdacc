package dev.tidemark.mapper;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.mapper.annotation.IndexSortKey;
import dev.tidemark.mapper.annotation.PartitionKey;
import dev.tidemark.mapper.annotation.SortKey;
import dev.tidemark.mapper.annotation.Version;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaErrorsTest extends MapperTestBase {
    record NoKey(String a) {
    }

    record TwoSortKeys(@PartitionKey String p, @SortKey String s1, @SortKey String s2) {
    }

    record Unsupported(@PartitionKey String p, Object what) {
    }

    record TextVersion(@PartitionKey String p, @Version String v) {
    }

    record ListKey(@PartitionKey List<String> p) {
    }

    record RawMap(@PartitionKey String p, @SuppressWarnings("rawtypes") Map m) {
    }

    record LocalIndexWithoutSortKey(@PartitionKey String p, @IndexSortKey("lsi") String s) {
    }

    record Inner(@PartitionKey String p) {
    }

    record NestedKey(@PartitionKey String p, Inner inner) {
    }

    static final class NoWayToCreate {
        @PartitionKey
        private final String p;

        NoWayToCreate(int unrelated) {
            this.p = "x";
        }
    }

    @Test
    void missingPartitionKey() {
        assertThatThrownBy(() -> em.find(NoKey.class, "x")).isInstanceOf(MappingException.class)
            .hasMessageContaining(NoKey.class.getName()).hasMessageContaining("no partition key");
    }

    @Test
    void twoSortKeys() {
        assertThatThrownBy(() -> em.tableName(TwoSortKeys.class)).isInstanceOf(MappingException.class)
            .hasMessageContaining(TwoSortKeys.class.getName()).hasMessageContaining("two sort keys, s1 and s2");
    }

    @Test
    void unsupportedType() {
        assertThatThrownBy(() -> em.tableName(Unsupported.class)).isInstanceOf(MappingException.class)
            .hasMessageContaining(Unsupported.class.getName() + ".what").hasMessageContaining("unsupported type java.lang.Object");
        assertThatThrownBy(() -> em.tableName(RawMap.class)).isInstanceOf(MappingException.class)
            .hasMessageContaining(RawMap.class.getName() + ".m").hasMessageContaining("needs type arguments");
    }

    @Test
    void versionMustBeNumeric() {
        assertThatThrownBy(() -> em.tableName(TextVersion.class)).isInstanceOf(MappingException.class)
            .hasMessageContaining(TextVersion.class.getName() + ".v").hasMessageContaining("must be long, int, Long or Integer");
    }

    @Test
    void keysMustBeScalar() {
        assertThatThrownBy(() -> em.tableName(ListKey.class)).isInstanceOf(MappingException.class)
            .hasMessageContaining(ListKey.class.getName() + ".p").hasMessageContaining("stored as L");
    }

    @Test
    void localIndexNeedsATableSortKey() {
        assertThatThrownBy(() -> em.tableName(LocalIndexWithoutSortKey.class)).isInstanceOf(MappingException.class)
            .hasMessageContaining("index lsi").hasMessageContaining("no sort key");
    }

    @Test
    void keyAnnotationsInNestedClassesAreRejected() {
        assertThatThrownBy(() -> em.tableName(NestedKey.class)).isInstanceOf(MappingException.class)
            .hasMessageContaining(NestedKey.class.getName() + ".inner").hasMessageContaining("@PartitionKey");
    }

    @Test
    void classesThatCannotBeCreated() {
        assertThatThrownBy(() -> em.tableName(NoWayToCreate.class)).isInstanceOf(MappingException.class)
            .hasMessageContaining(NoWayToCreate.class.getName()).hasMessageContaining("no way to create it");
    }

    @Test
    void errorsAreRaisedAgainOnEveryUseAndDoNotPoisonOtherClasses() {
        assertThatThrownBy(() -> em.tableName(NoKey.class)).isInstanceOf(MappingException.class);
        assertThatThrownBy(() -> em.tableName(NoKey.class)).isInstanceOf(MappingException.class);
        em.createTable(Inner.class);
        em.save(new Inner("ok"));
    }
}
