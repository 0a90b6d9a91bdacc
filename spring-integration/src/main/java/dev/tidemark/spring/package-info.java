/** Spring Data repositories and Spring Boot auto-configuration (filled by the Spring issue). */
package dev.tidemark.spring;
