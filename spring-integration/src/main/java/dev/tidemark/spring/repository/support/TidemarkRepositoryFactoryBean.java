package dev.tidemark.spring.repository.support;

import dev.tidemark.spring.core.TidemarkOperations;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.core.support.RepositoryFactoryBeanSupport;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;
import org.springframework.util.Assert;

/**
 * The factory bean behind each repository that {@code @EnableTidemarkRepositories} registers.
 * Optionally creates or validates the entity's table when the repository is created.
 *
 * @param <T> the repository type
 * @param <S> the entity type
 * @param <ID> the identifier type
 */
public class TidemarkRepositoryFactoryBean<T extends Repository<S, ID>, S, ID>
    extends RepositoryFactoryBeanSupport<T, S, ID> {

    /** What to do with an entity's table when its repository is created. */
    public enum SchemaAction {
        /** Nothing. */
        NONE,
        /** Create the table with its indexes unless it exists. */
        CREATE_IF_MISSING,
        /** Check that the table matches the entity's keys and indexes. */
        VALIDATE
    }

    private TidemarkOperations operations;
    private SchemaAction schemaAction = SchemaAction.NONE;
    private SchemaAction schemaActionProperty;

    /**
     * A factory bean for a repository interface.
     *
     * @param repositoryInterface the interface
     */
    public TidemarkRepositoryFactoryBean(Class<? extends T> repositoryInterface) {
        super(repositoryInterface);
    }

    /** The template repositories use. */
    public void setTidemarkOperations(TidemarkOperations operations) {
        this.operations = operations;
    }

    /** What to do with the entity's table at start-up (default: nothing). */
    public void setSchemaAction(SchemaAction schemaAction) {
        this.schemaAction = schemaAction;
    }

    /**
     * Reads {@code tidemark.schema-action} ({@code none}, {@code create-if-missing}, {@code validate}),
     * which wins over the annotation's {@code schemaAction}.
     */
    @Override
    public void setEnvironment(org.springframework.core.env.Environment environment) {
        super.setEnvironment(environment);
        String value = environment.getProperty("tidemark.schema-action");
        if (value != null && !value.isBlank()) {
            try {
                schemaActionProperty = SchemaAction.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("tidemark.schema-action must be none, create-if-missing or validate, not "
                    + value, e);
            }
        }
    }

    @Override
    protected RepositoryFactorySupport createRepositoryFactory() {
        return new TidemarkRepositoryFactory(operations);
    }

    @Override
    public void afterPropertiesSet() {
        Assert.notNull(operations, "TidemarkOperations must be set");
        super.afterPropertiesSet();
        Class<?> domain = getRepositoryInformation().getDomainType();
        switch (schemaActionProperty != null ? schemaActionProperty : schemaAction) {
            case CREATE_IF_MISSING -> operations.createTableIfMissing(domain);
            case VALIDATE -> operations.validateTable(domain);
            default -> { }
        }
    }
}
