package dev.tidemark.spring.boot.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring Boot application configured only by auto-configuration and properties. */
@SpringBootApplication
public class ShopApplication {
}
