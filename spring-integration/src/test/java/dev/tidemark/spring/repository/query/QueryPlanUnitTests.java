package dev.tidemark.spring.repository.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.mapper.annotation.IndexPartitionKey;
import dev.tidemark.mapper.annotation.IndexSortKey;
import dev.tidemark.mapper.annotation.PartitionKey;
import dev.tidemark.mapper.annotation.SecondaryIndex;
import dev.tidemark.mapper.annotation.SortKey;
import dev.tidemark.spring.core.mapping.TidemarkMappingContext;
import dev.tidemark.spring.core.mapping.TidemarkPersistentEntity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.parser.PartTree;

/** Index choice without a database: which key each derived query is planned onto. */
class QueryPlanUnitTests {

    /** Three GSIs share attributes: two start with tenant, two end with created. */
    @SecondaryIndex(name = "byTenantSku", projection = SecondaryIndex.Projection.KEYS_ONLY)
    record Event(@PartitionKey String id, @SortKey String seq,
                 @IndexPartitionKey({"byTenantCreated", "byTenantKind", "byTenantSku"}) String tenant,
                 @IndexSortKey({"byTenantCreated", "byUserCreated"}) String created,
                 @IndexSortKey("byTenantKind") String kind,
                 @IndexPartitionKey("byUserCreated") String user,
                 @IndexSortKey({"byTenantSku", "bySeqLocal"}) String sku, String note) {
    }

    private final TidemarkPersistentEntity entity = new TidemarkMappingContext().getPersistentEntity(Event.class);

    private QueryPlan plan(String method) {
        return QueryPlan.plan("Repo." + method, new PartTree(method, Event.class), entity, false);
    }

    private List<String> paths(QueryPlan plan) {
        return plan.branches().stream().map(b -> b.path().indexName() == null ? "table" : b.path().indexName()).toList();
    }

    @Test
    void metamodelReadsKeysAndIndexes() {
        assertThat(entity.table().partitionKey()).isEqualTo("id");
        assertThat(entity.table().sortKey()).isEqualTo("seq");
        assertThat(entity.indexes()).containsOnlyKeys("byTenantCreated", "byTenantKind", "byTenantSku", "byUserCreated",
            "bySeqLocal");
        assertThat(entity.indexes().get("bySeqLocal").partitionKey()).isEqualTo("id");
        assertThat(entity.indexes().get("byTenantSku").allAttributes()).isFalse();
    }

    @Test
    void tableWinsWhenItsKeysMatch() {
        assertThat(paths(plan("findByIdAndSeqGreaterThan"))).containsExactly("table");
        assertThat(paths(plan("findByIdAndTenant"))).containsExactly("table");
    }

    @Test
    void sortKeyConditionPicksAmongIndexesSharingThePartitionKey() {
        assertThat(paths(plan("findByTenantAndKind"))).containsExactly("byTenantKind");
        assertThat(paths(plan("findByTenantAndCreatedBetween"))).containsExactly("byTenantCreated");
        assertThat(paths(plan("findByTenantAndCreatedAfterAndKind"))).containsExactly("byTenantKind");
        assertThat(paths(plan("findByUserAndCreatedBefore"))).containsExactly("byUserCreated");
    }

    @Test
    void orderByBreaksTies() {
        assertThat(paths(plan("findByTenantOrderByKindDesc"))).containsExactly("byTenantKind");
        assertThat(paths(plan("findByTenantOrderByCreated"))).containsExactly("byTenantCreated");
    }

    @Test
    void localIndexServesTablePartitionWithOtherSortKey() {
        assertThat(paths(plan("findByIdAndSkuStartingWith"))).containsExactly("bySeqLocal");
    }

    @Test
    void keysOnlyIndexIsNotUsedForEntities() {
        assertThatThrownBy(() -> plan("findBySkuAndNote")).hasMessageContaining("Repo.findBySkuAndNote");
    }

    @Test
    void orBranchesArePlannedSeparately() {
        QueryPlan p = plan("findByTenantAndKindOrUserAndCreatedAfter");
        assertThat(paths(p)).containsExactly("byTenantKind", "byUserCreated");
        assertThat(p.isSingle()).isFalse();
    }

    @Test
    void inOnPartitionKeyFansOutButEqualityWins() {
        QueryPlan in = plan("findByTenantInAndKind");
        assertThat(paths(in)).containsExactly("byTenantKind");
        assertThat(in.isSingle()).isFalse();
        QueryPlan eq = plan("findByTenantInAndIdAndSeq");
        assertThat(paths(eq)).containsExactly("table");
        assertThat(eq.isSingle()).isTrue();
    }

    @Test
    void residualAndFilterConditionsAreSeparated() {
        QueryPlan.Branch b = plan("findByIdAndNoteIgnoreCaseAndKindNot").branches().get(0);
        assertThat(b.filter()).extracting(x -> x.getProperty().getSegment()).containsExactly("kind");
        assertThat(b.residual()).extracting(x -> x.getProperty().getSegment()).containsExactly("note");
    }

    @Test
    void engineOrderOnlyForTheChosenSortKey() {
        QueryPlan p = plan("findByTenantAndKind");
        assertThat(p.orderBy(Sort.unsorted())).isFalse();
        assertThat(p.orderBy(Sort.by(Sort.Direction.DESC, "kind"))).isTrue();
        assertThat(p.orderBy(Sort.by("created"))).isNull();
    }

    @Test
    void scanAllowedOnlyWhenAsked() {
        assertThatThrownBy(() -> plan("findByNote")).hasMessageContaining("Repo.findByNote").hasMessageContaining("@AllowScan");
        QueryPlan scan = QueryPlan.plan("Repo.findByNote", new PartTree("findByNote", Event.class), entity, true);
        assertThat(scan.isScan()).isTrue();
    }
}
