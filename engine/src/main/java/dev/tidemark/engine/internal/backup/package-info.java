/** On-demand backups, point-in-time recovery, exports and their self-contained table image files. */
package dev.tidemark.engine.internal.backup;
