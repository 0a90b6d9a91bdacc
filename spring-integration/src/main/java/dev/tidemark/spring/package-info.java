/** Spring Data repositories, template, transactions and Spring Boot auto-configuration for Tidemark. */
package dev.tidemark.spring;
