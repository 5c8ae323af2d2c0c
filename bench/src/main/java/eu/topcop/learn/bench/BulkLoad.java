package eu.topcop.learn.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables loaded without their keys, which are built again, sorted, when the load is over. At size L the statements'
 * B-trees (a random UUID primary key, 80M query rows keyed by a SHA-1) outgrow the buffer pool, and every insert
 * then reads a random page: the generation fell to 75,000 statements a minute. InnoDB builds an index from sorted
 * runs when it is added to a full table, which costs minutes for the whole load.
 *
 * <p>The keys are read from {@code SHOW CREATE TABLE} before they are dropped, so what is built again is what the
 * migrations made, whatever they add later. A table's AUTO_INCREMENT column loses the attribute while its key is away
 * (InnoDB requires one) and gets it back with its key: the statements' clustered key, seq, is written in the order of
 * their stored time, not in the order the generator writes them (person by person), so it is sorted at the end too.
 */
final class BulkLoad implements AutoCloseable {

    private static final Pattern AUTO_INCREMENT = Pattern.compile("^\\s*`(\\w+)` .*AUTO_INCREMENT");
    private static final Pattern KEY =
            Pattern.compile("^\\s*((?:PRIMARY|UNIQUE) KEY|KEY)\\s*(`\\w+`)?\\s*\\(`(\\w+)`.*?\\),?$");
    private static final Pattern FOREIGN_KEY = Pattern.compile("^\\s*CONSTRAINT (`\\w+`) FOREIGN KEY .*?,?$");

    private final Connection db;
    /** Per table, in the order given: the clauses that add its keys back, then its foreign keys. */
    private final Map<String, List<String>> keys = new LinkedHashMap<>();
    private final Map<String, List<String>> foreignKeys = new LinkedHashMap<>();
    /** Per table, the lines of its definition before the load, to check that the keys came back as they were. */
    private final Map<String, Set<String>> before = new LinkedHashMap<>();

    /** Drops the keys and foreign keys of the tables; list referenced tables before the tables that refer to them. */
    static BulkLoad without(Connection db, String... tables) throws SQLException {
        BulkLoad load = new BulkLoad(db);
        Map<String, List<String>> dropKeys = new LinkedHashMap<>();
        Map<String, List<String>> dropForeignKeys = new LinkedHashMap<>();
        for (String table : tables) {
            load.read(table, dropKeys, dropForeignKeys);
        }
        // Foreign keys first, everywhere: a referenced primary key cannot go while something refers to it.
        load.alter(dropForeignKeys, true);
        load.alter(dropKeys, true);
        db.commit();
        System.out.printf("bulk load without keys: %s%n", String.join(", ", tables));
        return load;
    }

    private BulkLoad(Connection db) {
        this.db = db;
    }

    private void read(String table, Map<String, List<String>> dropKeys, Map<String, List<String>> dropForeignKeys)
            throws SQLException {
        String definition = definition(table);
        before.put(table, lines(definition));
        String autoIncrement = null;
        List<String> add = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        List<String> addForeign = new ArrayList<>();
        List<String> dropForeign = new ArrayList<>();
        for (String line : definition.split("\n")) {
            Matcher column = AUTO_INCREMENT.matcher(line);
            Matcher key = KEY.matcher(line);
            Matcher foreign = FOREIGN_KEY.matcher(line);
            if (column.find() && !line.contains(" KEY ")) {
                autoIncrement = strip(line);
                drop.add("MODIFY " + autoIncrement.replace(" AUTO_INCREMENT", ""));
            } else if (key.matches()) {
                add.add("ADD " + strip(line));
                drop.add(key.group(1).equals("PRIMARY KEY") ? "DROP PRIMARY KEY" : "DROP INDEX " + key.group(2));
            } else if (foreign.matches()) {
                addForeign.add("ADD " + strip(line));
                dropForeign.add("DROP FOREIGN KEY " + foreign.group(1));
            }
        }
        if (autoIncrement != null) {
            add.add("MODIFY " + autoIncrement);
        }
        keys.put(table, add);
        foreignKeys.put(table, addForeign);
        dropKeys.put(table, drop);
        dropForeignKeys.put(table, dropForeign);
    }

    private String definition(String table) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("SHOW CREATE TABLE " + table)) {
            rows.next();
            return rows.getString(2);
        }
    }

    /** The definition's lines, without trailing commas and the table options (AUTO_INCREMENT=n moves on). */
    private static Set<String> lines(String definition) {
        Set<String> lines = new TreeSet<>();
        for (String line : definition.split("\n")) {
            if (!line.startsWith(")")) {
                lines.add(strip(line));
            }
        }
        return lines;
    }

    private static String strip(String line) {
        String clause = line.strip();
        return clause.endsWith(",") ? clause.substring(0, clause.length() - 1) : clause;
    }

    private void alter(Map<String, List<String>> clauses, boolean quiet) throws SQLException {
        try (Statement statement = db.createStatement()) {
            for (Map.Entry<String, List<String>> table : clauses.entrySet()) {
                if (table.getValue().isEmpty()) {
                    continue;
                }
                long started = System.nanoTime();
                statement.execute("ALTER TABLE " + table.getKey() + " " + String.join(", ", table.getValue()));
                if (!quiet) {
                    System.out.printf("  %s: %d keys in %.0f s%n", table.getKey(), table.getValue().size(),
                            (System.nanoTime() - started) / 1e9);
                }
            }
        }
    }

    /** Builds the keys again (each table's in one ALTER, one pass over its rows), then the foreign keys. */
    @Override
    public void close() throws SQLException {
        db.commit();
        System.out.println("building the keys again");
        alter(keys, false);
        // The rows were written consistent; with foreign_key_checks off MariaDB adds the constraint without a scan.
        alter(foreignKeys, false);
        db.commit();
        for (Map.Entry<String, Set<String>> table : before.entrySet()) {
            if (!lines(definition(table.getKey())).equals(table.getValue())) {
                throw new IllegalStateException("The keys of " + table.getKey() + " did not come back as they were: "
                        + table.getValue() + " against " + lines(definition(table.getKey())));
            }
        }
    }
}
