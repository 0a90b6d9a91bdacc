package dev.tidemark.spring.repository.query;

import dev.tidemark.mapper.Key;
import dev.tidemark.spring.core.TidemarkOperations;
import dev.tidemark.spring.core.convert.KeyConverter;
import dev.tidemark.spring.core.mapping.TidemarkPersistentEntity;
import dev.tidemark.spring.repository.Update;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.query.QueryMethod;
import org.springframework.data.repository.query.RepositoryQuery;

/** Runs an {@link Update} method as one UpdateItem through the template. */
public final class UpdateRepositoryQuery implements RepositoryQuery {
    private final QueryMethod method;
    private final TidemarkOperations operations;
    private final Update update;
    private final Class<Object> type;
    private final KeyConverter<?> keys;
    private final boolean returnsEntity;

    /**
     * Checks an update method against the entity.
     *
     * @param javaMethod the method
     * @param metadata the repository
     * @param method Spring Data's view of it
     * @param operations the template
     * @throws IllegalStateException naming the method when parameters or properties do not fit
     */
    @SuppressWarnings("unchecked")
    public UpdateRepositoryQuery(Method javaMethod, RepositoryMetadata metadata, QueryMethod method,
                                 TidemarkOperations operations) {
        this.method = method;
        this.operations = operations;
        this.update = javaMethod.getAnnotation(Update.class);
        this.type = (Class<Object>) metadata.getDomainType();
        TidemarkPersistentEntity entity = operations.getMappingContext().getPersistentEntity(type);
        this.keys = new KeyConverter<>(entity, metadata.getIdType());
        String name = metadata.getRepositoryInterface().getSimpleName() + "." + javaMethod.getName();
        int values = update.set().length + update.increment().length + update.addToSet().length
            + update.removeFromSet().length;
        if (javaMethod.getParameterCount() != values + 1) {
            throw new IllegalStateException("@Update method " + name + " needs " + (values + 1)
                + " parameters (the id, then one value per set, increment, addToSet and removeFromSet property)"
                + " but has " + javaMethod.getParameterCount());
        }
        List<String> all = new ArrayList<>();
        for (String[] names : List.of(update.set(), update.increment(), update.addToSet(), update.removeFromSet(),
            update.remove())) {
            all.addAll(List.of(names));
        }
        for (String p : all) {
            if (entity.property(p).isEmpty()) {
                throw new IllegalStateException("@Update method " + name + ": " + p + " is not a property of "
                    + type.getSimpleName());
            }
        }
        Class<?> rt = javaMethod.getReturnType();
        this.returnsEntity = rt != void.class;
        if (returnsEntity && !rt.isAssignableFrom(type)) {
            throw new IllegalStateException("@Update method " + name + " returns " + rt.getSimpleName()
                + "; it can return void or " + type.getSimpleName());
        }
    }

    @Override
    public Object execute(Object[] parameters) {
        Key key = keys.toKey(parameters[0]);
        Consumer<dev.tidemark.mapper.Update<Object>> actions = u -> {
            int i = 1;
            for (String p : update.set()) {
                u.set(p, parameters[i++]);
            }
            for (String p : update.increment()) {
                u.increment(p, (Number) parameters[i++]);
            }
            for (String p : update.addToSet()) {
                u.addToSet(p, elements(parameters[i++]));
            }
            for (String p : update.removeFromSet()) {
                u.removeFromSet(p, elements(parameters[i++]));
            }
            for (String p : update.remove()) {
                u.remove(p);
            }
            if (update.upsert()) {
                u.upsert();
            }
        };
        if (dev.tidemark.spring.transaction.TidemarkTransactionManager
            .pendingWrites(operations.getEntityManager()).isPresent()) {
            operations.updateLater(type, key, actions);
            return null;
        }
        dev.tidemark.mapper.Update<Object> u = operations.update(type, key);
        actions.accept(u);
        Object result = u.execute();
        return returnsEntity ? result : null;
    }

    private static Object[] elements(Object value) {
        if (value instanceof Collection<?> c) {
            return c.toArray();
        }
        if (value instanceof Object[] a) {
            return a;
        }
        return new Object[] {value};
    }

    @Override
    public QueryMethod getQueryMethod() {
        return method;
    }
}
