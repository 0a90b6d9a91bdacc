package dev.tidemark.server.dynamodb;

import dev.tidemark.engine.Database;
import dev.tidemark.server.dynamodb.internal.AccessSecrets;
import dev.tidemark.server.dynamodb.internal.SigV4Authenticator;
import dev.tidemark.server.internal.UserStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Sets up the server's DynamoDB API: a {@link DynamoDbHandler} for a database, authenticating
 * requests by SigV4 against the users of a users file (access key id = user name, secret = password).
 * ImportTable reads its files from {@code <database directory>/import-sources} only, and
 * ExportTableToPointInTime writes under {@code <database directory>/export-targets} only.
 */
public final class DynamoDbApi {
    private DynamoDbApi() {
    }

    /** The handler for {@code database}, with the users of {@code store} read from {@code usersFile}. */
    public static DynamoDbHandler handler(Database database, UserStore store, Path usersFile) {
        try {
            return new DynamoDbHandler(database, new SigV4Authenticator(store, AccessSecrets.load(usersFile),
                    Clock.systemUTC()), database.directory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
