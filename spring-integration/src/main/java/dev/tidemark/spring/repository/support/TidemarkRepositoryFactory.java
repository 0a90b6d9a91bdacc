package dev.tidemark.spring.repository.support;

import dev.tidemark.spring.core.TidemarkOperations;
import dev.tidemark.spring.repository.Update;
import dev.tidemark.spring.repository.query.TidemarkRepositoryQuery;
import dev.tidemark.spring.repository.query.UpdateRepositoryQuery;
import java.util.Optional;
import org.springframework.data.repository.core.EntityInformation;
import org.springframework.data.repository.core.RepositoryInformation;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.QueryMethod;
import org.springframework.data.repository.query.ValueExpressionDelegate;

/**
 * Creates Tidemark repositories: {@link SimpleTidemarkRepository} for the CRUD methods, an
 * {@link UpdateRepositoryQuery} per {@link Update} method and a {@link TidemarkRepositoryQuery} per
 * derived or {@code @Query} method, planned (and rejected when it would need
 * a scan that is not allowed) while the repository is created.
 */
public class TidemarkRepositoryFactory extends RepositoryFactorySupport {
    private final TidemarkOperations operations;

    /**
     * A factory over a template.
     *
     * @param operations the template
     */
    public TidemarkRepositoryFactory(TidemarkOperations operations) {
        this.operations = operations;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T, ID> EntityInformation<T, ID> getEntityInformation(Class<T> domainClass) {
        return new TidemarkEntityInformation<>(domainClass,
            operations.getMappingContext().getPersistentEntity(domainClass), (Class<ID>) Object.class);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public EntityInformation<?, ?> getEntityInformation(RepositoryMetadata metadata) {
        Class<?> domain = metadata.getDomainType();
        return new TidemarkEntityInformation(domain, operations.getMappingContext().getPersistentEntity(domain),
            metadata.getIdType());
    }

    @Override
    protected Object getTargetRepository(RepositoryInformation information) {
        EntityInformation<?, ?> info = getEntityInformation(information);
        return getTargetRepositoryViaReflection(information, info, operations);
    }

    @Override
    protected Class<?> getRepositoryBaseClass(RepositoryMetadata metadata) {
        return SimpleTidemarkRepository.class;
    }

    @Override
    protected Optional<QueryLookupStrategy> getQueryLookupStrategy(QueryLookupStrategy.Key key,
                                                                   ValueExpressionDelegate delegate) {
        return Optional.of((method, metadata, factory, namedQueries) -> {
            QueryMethod queryMethod = new QueryMethod(method, metadata, factory);
            if (method.isAnnotationPresent(Update.class)) {
                return new UpdateRepositoryQuery(method, metadata, queryMethod, operations);
            }
            return new TidemarkRepositoryQuery(method, metadata, queryMethod, operations);
        });
    }
}
