/** The {@code @DataTidemarkTest} test slice. */
package dev.tidemark.spring.boot.test;
