package eu.topcop.learn.platform.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A lock shared by every application node, held in MariaDB (GET_LOCK) on a connection of its own: scheduled
 * jobs and content imports take it so that only one node does the work. A node that dies releases it with
 * its connection, so nothing stays locked.
 */
@ApplicationScoped
public class ClusterLock {

    /** A held lock; closing it releases the lock and its connection. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    @Inject
    DataSource dataSource;

    /** The lock if it is free now, without waiting; empty when another node or thread holds it. */
    public Optional<Held> tryAcquire(String name) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, 0)")) {
                statement.setString(1, name);
                try (ResultSet result = statement.executeQuery()) {
                    if (result.next() && result.getInt(1) == 1) {
                        Connection held = connection;
                        connection = null;
                        return Optional.of(() -> release(held, name));
                    }
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the lock " + name, e);
        } finally {
            closeQuietly(connection);
        }
    }

    /** Whether someone holds the lock now. */
    public boolean isHeld(String name) {
        Optional<Held> probe = tryAcquire(name);
        probe.ifPresent(Held::close);
        return probe.isEmpty();
    }

    /** Runs {@code work} if the lock is free; returns false, doing nothing, when it is held elsewhere. */
    public boolean runExclusively(String name, Runnable work) {
        Optional<Held> lock = tryAcquire(name);
        if (lock.isEmpty()) {
            return false;
        }
        try (Held held = lock.get()) {
            work.run();
            return true;
        }
    }

    private static void release(Connection connection, String name) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            statement.setString(1, name);
            statement.execute();
        } catch (SQLException e) {
            // Closing the connection below releases it anyway.
        } finally {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Nothing more to do: the pool discards a broken connection.
            }
        }
    }
}
