/** The {@code tidemark} command line: one picocli command per subcommand. */
package dev.tidemark.server.cli;
