package com.mediapatch.operations;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

/**
 * The child process of {@link EmbeddedDatabaseDurabilityTests}: opens the embedded database
 * with the application's own URL and inserts rows into the table the test made one committed transaction at a time,
 * printing each id only after its commit returned, until it is killed.
 */
public final class AcknowledgingWriter {

    private AcknowledgingWriter() {
    }

    public static void main(String[] args) throws Exception {
        String url = EmbeddedDatabaseUrl.forDataDir(Path.of(args[0]));
        try (Connection connection = DriverManager.getConnection(url, "mediapatch", "")) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("insert into durability_probe values (?, ?)")) {
                for (long id = 1; ; id++) {
                    insert.setLong(1, id);
                    insert.setString(2, "acknowledged message " + id);
                    insert.executeUpdate();
                    connection.commit();
                    System.out.println(id);
                    System.out.flush();
                }
            }
        }
    }
}
