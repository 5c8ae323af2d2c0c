package eu.topcop.learn.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** {@code Sql JDBC_URL STATEMENT...}: runs statements as root, for bench/run (no MariaDB client is needed). */
public final class Sql {

    private Sql() {}

    public static void main(String[] args) throws SQLException {
        try (Connection db = DriverManager.getConnection(args[0], "root", "");
                Statement statement = db.createStatement()) {
            for (int i = 1; i < args.length; i++) {
                statement.execute(args[i]);
            }
        }
    }
}
