package dev.tidemark.jdbc;

import java.sql.DriverManager;
import java.sql.SQLException;

/** Run in a JVM without the engine's options: prints the SQLState and message of an embedded connect. */
public final class NoFlagsProbe {
    private NoFlagsProbe() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        try {
            DriverManager.getConnection("jdbc:tidemark:mem:probe").close();
            System.out.println("CONNECTED");
        } catch (SQLException e) {
            System.out.println(e.getSQLState() + " " + e.getMessage());
        }
    }
}
