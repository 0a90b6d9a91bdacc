package dev.tidemark.hibernate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;

/** Test helper: Hibernate's own bootstrap on an in-memory Tidemark database, and transactions. */
final class Jpa {
    private Jpa() {
    }

    /** An entity manager factory with schema generation {@code action} on {@code jdbc:tidemark:mem:<db>}. */
    static EntityManagerFactory factory(String db, Action action, Class<?>... classes) {
        return new HibernatePersistenceConfiguration(db)
                .managedClasses(classes)
                .jdbcUrl("jdbc:tidemark:mem:" + db)
                .jdbcPoolSize(4)
                .schemaToolingAction(action)
                .property("hibernate.hbm2ddl.halt_on_error", "true")
                .property("hibernate.show_sql", System.getProperty("tidemark.showSql", "false"))
                .createEntityManagerFactory();
    }

    /** Runs {@code work} in a transaction and commits. */
    static <T> T tx(EntityManagerFactory emf, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** Runs {@code work} in a transaction and commits. */
    static void run(EntityManagerFactory emf, Consumer<EntityManager> work) {
        tx(emf, em -> {
            work.accept(em);
            return null;
        });
    }
}
