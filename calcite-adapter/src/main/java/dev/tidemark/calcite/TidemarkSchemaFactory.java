package dev.tidemark.calcite;

import java.nio.file.Path;
import java.util.Map;
import org.apache.calcite.schema.Schema;
import org.apache.calcite.schema.SchemaFactory;
import org.apache.calcite.schema.SchemaPlus;

/**
 * Creates a {@link TidemarkSchema} from a Calcite model. Operands: {@code directory} (a durable
 * database) or {@code memory} (the name of a temporary one), and optionally {@code sampleSize}.
 * The database stays open (shared through {@link TidemarkDatabases}) for the life of the JVM.
 */
public final class TidemarkSchemaFactory implements SchemaFactory {
    /** Public no-argument constructor, as Calcite requires. */
    public TidemarkSchemaFactory() {
    }

    @Override
    public Schema create(SchemaPlus parentSchema, String name, Map<String, Object> operand) {
        Object dir = operand.get("directory");
        Object mem = operand.get("memory");
        if ((dir == null) == (mem == null)) {
            throw new IllegalArgumentException("A Tidemark schema needs exactly one of the operands 'directory' and 'memory'");
        }
        TidemarkDatabases.Handle h = dir != null ? TidemarkDatabases.open(Path.of(dir.toString()))
                : TidemarkDatabases.openMemory(mem.toString());
        Object sample = operand.get("sampleSize");
        int sampleSize = sample == null ? TidemarkSchema.DEFAULT_SAMPLE_SIZE : Integer.parseInt(sample.toString());
        return new TidemarkSchema(h.database(), sampleSize);
    }
}
