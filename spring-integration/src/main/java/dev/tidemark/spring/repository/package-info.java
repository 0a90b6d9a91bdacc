/** Types users put on their repository interfaces: the base repository and the scan guard annotation. */
package dev.tidemark.spring.repository;
