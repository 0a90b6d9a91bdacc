/** Spring Boot auto-configuration: a database from {@code tidemark.*} properties, the template, transactions and repositories. */
package dev.tidemark.spring.boot;
