/** Spring transaction management: writes of a transaction applied by one TransactWriteItems at commit. */
package dev.tidemark.spring.transaction;
