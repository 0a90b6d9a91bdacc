package dev.tidemark.calcite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.calcite.internal.plan.AccessPath;
import dev.tidemark.calcite.internal.plan.KeyConditionTranslator;
import dev.tidemark.calcite.internal.schema.TableShape;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.model.AttributeDefinition;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.GlobalSecondaryIndex;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.KeyType;
import dev.tidemark.engine.model.Projection;
import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.ScalarAttributeType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.Statistic;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.ImmutableBitSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The access-path choice and the leftover predicate, on conditions built by hand; plus the table statistic. */
class KeyConditionTranslatorTest {
    static Database db;
    static TableShape shape;
    static final RexBuilder REX = new RexBuilder(new JavaTypeFactoryImpl());
    static RelDataType varchar;
    static RelDataType bigint;

    @BeforeAll
    static void setUp() {
        db = Database.openTemporary();
        db.createTable(t -> t.tableName("things")
                .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                .attributeDefinitions(def("pk", ScalarAttributeType.S), def("sk", ScalarAttributeType.N),
                        def("g", ScalarAttributeType.S))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byG").keySchema(key("g", KeyType.HASH))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
        db.putItem(p -> p.tableName("things").item(Map.of("pk", AttributeValue.fromS("a"), "sk", AttributeValue.fromN(1),
                "g", AttributeValue.fromS("x"), "v", AttributeValue.fromS("hello"))));
        shape = TableShape.load(db, "things", 10);
        varchar = REX.getTypeFactory().createSqlType(SqlTypeName.VARCHAR);
        bigint = REX.getTypeFactory().createSqlType(SqlTypeName.BIGINT);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    static KeySchemaElement key(String n, KeyType t) {
        return KeySchemaElement.builder().attributeName(n).keyType(t).build();
    }

    static AttributeDefinition def(String n, ScalarAttributeType t) {
        return AttributeDefinition.builder().attributeName(n).attributeType(t).build();
    }

    private static RexNode col(String name) {
        int i = shape.ordinal(name);
        return REX.makeInputRef(i == 1 ? bigint : varchar, i);
    }

    private static RexNode eq(RexNode a, RexNode b) {
        return REX.makeCall(SqlStdOperatorTable.EQUALS, a, b);
    }

    private static KeyConditionTranslator.Result translate(RexNode... conjuncts) {
        int[] identity = new int[shape.columns().size()];
        for (int i = 0; i < identity.length; i++) {
            identity[i] = i;
        }
        return new KeyConditionTranslator(shape, REX, identity).translate(REX.makeCall(SqlStdOperatorTable.AND,
                List.of(conjuncts).size() == 1 ? List.of(conjuncts[0], REX.makeLiteral(true)) : List.of(conjuncts)));
    }

    @Test
    void columnsAreKeysThenSampledThenItem() {
        assertThat(shape.columns()).extracting(c -> c.name()).containsExactly("pk", "sk", "g", "v", "_item");
    }

    @Test
    void pointBeatsEverything() {
        var r = translate(eq(col("pk"), REX.makeLiteral("a")), eq(col("sk"), REX.makeExactLiteral(BigDecimal.ONE)),
                eq(col("g"), REX.makeLiteral("x")));
        assertThat(r.access().kind()).isEqualTo(AccessPath.Kind.GET);
        assertThat(r.leftover()).hasSize(1).first().asString().contains("$2");
    }

    @Test
    void tableRangeBeatsIndex() {
        var r = translate(eq(col("pk"), REX.makeLiteral("a")), eq(col("g"), REX.makeLiteral("x")),
                REX.makeCall(SqlStdOperatorTable.GREATER_THAN, col("sk"), REX.makeExactLiteral(BigDecimal.TEN)));
        assertThat(r.access().kind()).isEqualTo(AccessPath.Kind.QUERY);
        assertThat(r.access().keyText()).isEqualTo("pk = 'a' AND sk > 10");
    }

    @Test
    void indexBeatsScanAndKeepsItsConditionForCalcite() {
        var r = translate(eq(col("g"), REX.makeDynamicParam(varchar, 0)));
        assertThat(r.access().kind()).isEqualTo(AccessPath.Kind.INDEX_QUERY);
        assertThat(r.access().index()).isEqualTo("byG");
        assertThat(r.access().keyText()).isEqualTo("g = ?0");
        assertThat(r.leftover()).isNotEmpty();
    }

    @Test
    void wrongLiteralTypeOrNoKeyIsAScan() {
        assertThat(translate(eq(col("v"), REX.makeLiteral("hello"))).access().kind()).isEqualTo(AccessPath.Kind.SCAN);
        assertThat(translate(REX.makeCall(SqlStdOperatorTable.LIKE, col("pk"), REX.makeLiteral("a%")))
                .access().kind()).isEqualTo(AccessPath.Kind.SCAN);
    }

    @Test
    void statisticReportsRowCountAndKey() {
        Statistic s = ((org.apache.calcite.schema.Table) new TidemarkSchema(db, 10).tables().get("things")).getStatistic();
        assertThat(s.getRowCount()).isEqualTo(1.0);
        assertThat(s.isKey(ImmutableBitSet.of(0, 1))).isTrue();
        assertThat(s.isKey(ImmutableBitSet.of(0))).isFalse();
    }
}
