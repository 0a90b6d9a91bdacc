/** Spring Data JPA repositories on Hibernate and Tidemark, through Spring Boot's JPA starter. */
package dev.tidemark.hibernate.spring;
