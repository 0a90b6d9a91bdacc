package dev.tidemark.calcite;

import org.apache.calcite.rel.type.RelDataTypeSystemImpl;

/**
 * Calcite's type system with room for DynamoDB numbers: up to 38 significant digits. Use it with the
 * connection property {@code typeSystem=dev.tidemark.calcite.TidemarkTypeSystem#INSTANCE}.
 */
public final class TidemarkTypeSystem extends RelDataTypeSystemImpl {
    /** The instance. */
    public static final TidemarkTypeSystem INSTANCE = new TidemarkTypeSystem();

    private TidemarkTypeSystem() {
    }

    @Override
    public int getMaxPrecision(org.apache.calcite.sql.type.SqlTypeName typeName) {
        return typeName == org.apache.calcite.sql.type.SqlTypeName.DECIMAL ? 38 : super.getMaxPrecision(typeName);
    }

    @Override
    public int getMaxScale(org.apache.calcite.sql.type.SqlTypeName typeName) {
        return typeName == org.apache.calcite.sql.type.SqlTypeName.DECIMAL ? 38 : super.getMaxScale(typeName);
    }
}
