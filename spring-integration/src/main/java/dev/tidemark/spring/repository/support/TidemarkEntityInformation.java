package dev.tidemark.spring.repository.support;

import dev.tidemark.spring.core.convert.KeyConverter;
import dev.tidemark.spring.core.mapping.TidemarkPersistentEntity;
import dev.tidemark.spring.core.mapping.TidemarkPersistentProperty;
import java.util.Optional;
import org.springframework.data.repository.core.support.AbstractEntityInformation;

/**
 * Identifier and novelty of entities for a repository. A versioned entity is new while its version
 * is null or 0; otherwise an entity is new when its key is not set.
 *
 * @param <T> the entity type
 * @param <ID> the identifier type
 */
public class TidemarkEntityInformation<T, ID> extends AbstractEntityInformation<T, ID> {
    private final TidemarkPersistentEntity entity;
    private final KeyConverter<ID> keys;

    /**
     * Entity information for an entity and identifier type.
     *
     * @param type the entity type
     * @param entity its metamodel
     * @param idType the identifier type
     */
    public TidemarkEntityInformation(Class<T> type, TidemarkPersistentEntity entity, Class<ID> idType) {
        super(type);
        this.entity = entity;
        this.keys = new KeyConverter<>(entity, idType);
    }

    /** The key converter. */
    public KeyConverter<ID> keys() {
        return keys;
    }

    /** The entity metamodel. */
    public TidemarkPersistentEntity entity() {
        return entity;
    }

    @Override
    public boolean isNew(T e) {
        Optional<TidemarkPersistentProperty> version = entity.version();
        if (version.isPresent()) {
            Object v = version.get().get(e);
            return v == null || ((Number) v).longValue() == 0;
        }
        return getId(e) == null;
    }

    @Override
    public ID getId(T e) {
        return keys.idOf(e);
    }

    @Override
    public Class<ID> getIdType() {
        return keys.idType();
    }
}
