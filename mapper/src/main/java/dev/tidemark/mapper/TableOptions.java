package dev.tidemark.mapper;

/**
 * Settings for {@link EntityManager#createTable(TableOptions, Class[])} beyond what the entity
 * classes declare. Tables are created with on-demand (PAY_PER_REQUEST) billing.
 *
 * <p>Time to live expires items on the {@link dev.tidemark.mapper.annotation.TimeToLive} attribute
 * (epoch seconds); a stream records every change with the images its view type names.
 *
 * @param enableTimeToLive enable expiry on the entity's time-to-live attribute
 * @param streamViewType a stream view type ({@code KEYS_ONLY}, {@code NEW_IMAGE}, {@code OLD_IMAGE},
 *     {@code NEW_AND_OLD_IMAGES}) to enable a stream, or {@code null} for none
 */
public record TableOptions(boolean enableTimeToLive, String streamViewType) {

    /** No time to live, no stream. */
    public static TableOptions defaults() {
        return new TableOptions(false, null);
    }
}
