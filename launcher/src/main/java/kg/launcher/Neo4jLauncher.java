package kg.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs Neo4j Community in-process with Bolt on 127.0.0.1 for a parent process.
 *
 * Protocol with the parent: stdout carries exactly one line, "NEO4J_READY bolt://127.0.0.1:PORT",
 * once the default database is available and Bolt accepts connections. Everything else goes to
 * stderr or to the logs in the data directory. EOF on stdin (the parent closed its pipe or died)
 * shuts the database down and exits, as does SIGTERM/SIGINT.
 *
 * Authentication is off: the connector is bound to loopback only.
 */
public final class Neo4jLauncher {
    private static final String USAGE = "usage: java [-Xmx..] -jar neo4j-launcher.jar --data-dir DIR"
            + " [--port N (0 = any free port)] [--pagecache-mb N] [--tx-timeout-seconds N]";
    private static final long AVAILABLE_TIMEOUT_MS = 120_000;

    private Neo4jLauncher() {}

    public static void main(String[] args) {
        // Keep stdout for the readiness line only: anything a library prints goes to stderr.
        PrintStream protocolOut = System.out;
        System.setOut(System.err);

        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            fail(e.getMessage() + "\n" + USAGE, null, 2);
            return;
        }

        // Watch from the start, so a parent that dies during a long startup is noticed at once.
        watchStdin();

        DatabaseManagementService dbms;
        int port;
        try {
            Files.createDirectories(options.dataDir);
            dbms = new DatabaseManagementServiceBuilder(options.dataDir)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", options.port))
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(options.pageCacheMb))
                    .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(options.txTimeoutSeconds))
                    // Netty's default 5 s quiet period, paid twice, made every shutdown take 10 s.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
        } catch (Throwable e) {
            fail("failed to start Neo4j in " + options.dataDir, e, 1);
            return;
        }
        // Registered only now: before build() returns there is nothing to shut down.
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

        try {
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(AVAILABLE_TIMEOUT_MS)) {
                throw new IllegalStateException("default database not available after " + AVAILABLE_TIMEOUT_MS + " ms");
            }
            port = boltPort((GraphDatabaseAPI) db);
            // The register says the socket is bound; a connect proves it accepts.
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            }
        } catch (Throwable e) {
            fail("Neo4j started but is not usable", e, 1);
            return;
        }

        protocolOut.println("NEO4J_READY bolt://127.0.0.1:" + port);
        protocolOut.flush();
    }

    /** The actual Bolt port, which differs from the configured one when that was 0. */
    private static int boltPort(GraphDatabaseAPI db) {
        HostnamePort address = db.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        if (address == null) {
            throw new IllegalStateException("Bolt connector did not register a listen address");
        }
        return address.getPort();
    }

    /** The parent holds our stdin open; EOF means it is gone or wants us gone. */
    private static void watchStdin() {
        Thread watcher = new Thread(() -> {
            InputStream in = System.in;
            byte[] buffer = new byte[256];
            try {
                while (in.read(buffer) != -1) {
                    // Input is ignored; only EOF matters.
                }
            } catch (IOException e) {
                // A broken stdin means the parent is gone too.
            }
            System.err.println("neo4j-launcher: stdin closed, shutting down");
            System.exit(0);
        }, "stdin-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void fail(String message, Throwable cause, int status) {
        StringBuilder text = new StringBuilder("neo4j-launcher: ").append(message);
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            text.append("\n  caused by: ").append(t);
        }
        System.err.println(text);
        // Runs the shutdown hook, if registered yet, so a started database still closes cleanly.
        System.exit(status);
    }

    private record Options(Path dataDir, int port, long pageCacheMb, long txTimeoutSeconds) {
        static Options parse(String[] args) {
            Path dataDir = null;
            int port = 0;
            long pageCacheMb = 512;
            long txTimeoutSeconds = 30;
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value for " + name);
                }
                String value = args[++i];
                switch (name) {
                    case "--data-dir" -> dataDir = Path.of(value).toAbsolutePath();
                    case "--port" -> port = (int) number(name, value, 0, 65535);
                    case "--pagecache-mb" -> pageCacheMb = number(name, value, 8, Long.MAX_VALUE);
                    case "--tx-timeout-seconds" -> txTimeoutSeconds = number(name, value, 0, Long.MAX_VALUE);
                    default -> throw new IllegalArgumentException("unknown option " + name);
                }
            }
            if (dataDir == null) {
                throw new IllegalArgumentException("--data-dir is required");
            }
            return new Options(dataDir, port, pageCacheMb, txTimeoutSeconds);
        }

        private static long number(String name, String value, long min, long max) {
            long n;
            try {
                n = Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " expects a number, got '" + value + "'");
            }
            if (n < min || n > max) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", got " + n);
            }
            return n;
        }
    }
}
