package eu.topcop.learn.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import eu.topcop.learn.platform.devstack.EmbeddedMariaDb;
import eu.topcop.learn.platform.devstack.LocalKeycloak;

/**
 * MariaDB and Keycloak for a benchmark run, started apart from the application so that the application's own
 * start (P6) can be measured with both already answering. The same servers as the README's run command
 * ({@link EmbeddedMariaDb}, {@link LocalKeycloak}), with data kept per size under {@code bench/work/SIZE}, so a
 * generated data set is generated once. Writes {@code stack.env} when both answer, then runs until stopped.
 *
 * <p>Arguments: the work folder, the Keycloak home, the MariaDB port, the Keycloak port, the number of bench
 * users, the seed.
 */
public final class BenchStack {

    private BenchStack() {}

    /**
     * MariaDB sized as a server for the L data set would be (about 20 GB with its indexes), not with the defaults
     * of the README's run command (a 128 MB buffer pool, a 96 MB redo log), under which generating L's 10M
     * statements and their 80M query rows took hours of random reads: a buffer pool of {@code BENCH_DB_BUFFER_POOL}
     * (default 4G; this machine has 23 GB) and a 1 GB redo log. The same server answers sysbench, P3's reference.
     */
    static List<String> serverOptions() {
        String pool = System.getenv().getOrDefault("BENCH_DB_BUFFER_POOL", "4G");
        return List.of("--innodb-buffer-pool-size=" + pool, "--innodb-log-file-size=1G");
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]).toAbsolutePath();
        Path keycloakHome = Path.of(args[1]);
        int dbPort = Integer.parseInt(args[2]);
        int keycloakPort = Integer.parseInt(args[3]);
        int users = Integer.parseInt(args[4]);
        long seed = Long.parseLong(args[5]);
        int appPort = Integer.parseInt(args[6]);
        Path repository = Path.of(args[7]);
        Files.createDirectories(work);
        Path realm = work.resolve("topcop-realm.json");
        Files.writeString(realm, BenchRealm.build(repository, users, seed, appPort));

        EmbeddedMariaDb database = EmbeddedMariaDb.start(
                work.getParent().resolve("mariadb-bin"), work.resolve("mariadb"), dbPort, "topcop", serverOptions());
        LocalKeycloak keycloak;
        try {
            // An existing realm is kept as it is: its users were imported with the data of this size.
            keycloak = LocalKeycloak.start(keycloakHome, realm, work.resolve("keycloak"), keycloakPort, "topcop");
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            keycloak.close();
            database.close();
            stopped.countDown();
        }));
        Files.writeString(
                work.resolve("stack.env"),
                "JDBC_URL=" + database.jdbcUrl() + "\nKEYCLOAK_URL=" + keycloak.baseUrl() + "\n");
        System.out.println("Bench stack ready: " + database.jdbcUrl() + " and " + keycloak.baseUrl());
        stopped.await();
    }
}
