package dev.tidemark.samples.store;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The online store. Run it with {@code ./mvnw -q -pl samples-store -am install -DskipTests} then
 * {@code ./mvnw -q -pl samples-store exec:exec} (a temporary database on port 8080; add
 * {@code -Dstore.args="--tidemark.url=file:store-data --server.port=8081"} to keep the data or move the
 * port). See {@link StoreController} for the API.
 */
@SpringBootApplication
public class StoreApplication {
    /**
     * Starts the application.
     *
     * @param args Spring Boot arguments, e.g. {@code --tidemark.url=file:store-data --server.port=8080}
     */
    public static void main(String[] args) {
        SpringApplication.run(StoreApplication.class, args);
    }
}
