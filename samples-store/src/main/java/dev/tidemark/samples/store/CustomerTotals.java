package dev.tidemark.samples.store;

import dev.tidemark.engine.Database;
import dev.tidemark.engine.Subscription;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.OperationType;
import dev.tidemark.engine.model.Record;
import dev.tidemark.engine.model.ShardIteratorType;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A stream consumer (durable name {@code customer-totals}) adding each new order's total to its
 * customer's {@code totalCents}. Its position is saved with each batch, so after a restart it goes
 * on where it stopped and counts every order once.
 */
@Component
public class CustomerTotals {
    static final String CONSUMER = "customer-totals";
    private final Database db;
    private Subscription subscription;

    CustomerTotals(Database db, StoreSetup setup) {
        this.db = db;
    }

    @PostConstruct
    void start() {
        subscription = db.subscribe(s -> s.tableName(StoreSetup.TABLE).consumerName(CONSUMER)
                .initialPosition(ShardIteratorType.TRIM_HORIZON).handler(this::handle));
    }

    void handle(List<Record> records) {
        for (Record r : records) {
            Map<String, AttributeValue> item = r.dynamodb().newImage();
            if (r.eventName() != OperationType.INSERT || item == null || !"ORDER".equals(s(item.get("type")))) {
                continue;
            }
            db.updateItem(u -> u.tableName(StoreSetup.TABLE)
                    .key(Map.of("pk", item.get("pk"), "sk", AttributeValue.fromS("PROFILE")))
                    .updateExpression("ADD totalCents :t, orderCount :one")
                    .conditionExpression("attribute_exists(pk)")
                    .expressionAttributeValues(Map.of(":t", item.get("totalCents"), ":one", AttributeValue.fromN(1))));
        }
    }

    private static String s(AttributeValue v) {
        return v == null ? null : v.s();
    }

    @PreDestroy
    void stop() throws Exception {
        if (subscription != null) {
            subscription.close();
        }
    }
}
