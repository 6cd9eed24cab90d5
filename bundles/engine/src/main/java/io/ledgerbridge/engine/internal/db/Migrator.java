package io.ledgerbridge.engine.internal.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the versioned SQL scripts {@code db/migration/V<n>__<name>.sql} (n = 1, 2, …) in order, each in its own
 * transaction, and records them in {@code schema_version}. It never changes an applied script: a checksum mismatch or a
 * database newer than this code stops the start-up with a clear message instead.
 */
public final class Migrator {
    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);
    /** The known scripts, in order; a new migration is added here and as a file. */
    public static final String[] SCRIPTS = {
        "V1__documents_and_tenants.sql",
        "V2__transfers.sql",
        "V3__list_indexes.sql",
        "V4__document_numbers.sql",
        "V5__transfer_status_attention.sql",
        "V6__connection_deactivated_at.sql",
        "V7__credit_note_corrects.sql"
    };

    private Migrator() {}

    /** Brings the schema up to date. */
    public static void migrate(Connection c) throws SQLException {
        Dialect dialect = Dialect.of(c);
        c.setAutoCommit(false);
        createVersionTable(c);
        Map<Integer, String> applied = appliedChecksums(c);
        if (applied.size() > SCRIPTS.length) {
            throw new SQLException(
                    "the database schema is at version " + applied.size() + " but this Ledgerbridge knows " + "only "
                            + SCRIPTS.length + " migrations: it was written by a newer version; refusing to start");
        }
        for (int i = 0; i < SCRIPTS.length; i++) {
            int version = i + 1;
            String script = load(SCRIPTS[i]);
            String checksum = sha256(script);
            if (applied.containsKey(version)) {
                if (!applied.get(version).equals(checksum)) {
                    throw new SQLException("migration " + SCRIPTS[i] + " was changed after it was applied "
                            + "(checksum mismatch); restore the original script instead of editing it");
                }
                continue;
            }
            apply(c, dialect, version, SCRIPTS[i], script, checksum);
        }
    }

    private static void createVersionTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(
                    "CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, script VARCHAR(200) NOT NULL, "
                            + "checksum CHAR(64) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
        c.commit();
    }

    private static Map<Integer, String> appliedChecksums(Connection c) throws SQLException {
        Map<Integer, String> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version, checksum FROM schema_version ORDER BY version")) {
            while (rs.next()) {
                out.put(rs.getInt(1), rs.getString(2));
            }
        }
        return out;
    }

    private static void apply(Connection c, Dialect dialect, int version, String name, String script, String checksum)
            throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String statement : statements(dialect.render(script))) {
                s.execute(statement);
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO schema_version (version, script, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
                p.setInt(1, version);
                p.setString(2, name);
                p.setString(3, checksum);
                p.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
                p.executeUpdate();
            }
            c.commit();
            LOG.info("Applied database migration {}", name);
        } catch (SQLException e) {
            c.rollback();
            throw new SQLException("migration " + name + " failed: " + e.getMessage(), e);
        }
    }

    /** Splits a script on semicolons at line ends, dropping comment lines. */
    static String[] statements(String script) {
        StringBuilder clean = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                clean.append(line).append('\n');
            }
        }
        return java.util.Arrays.stream(clean.toString().split(";\\s*\n"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s)
                .toArray(String[]::new);
    }

    private static String load(String name) throws SQLException {
        try (InputStream in = Migrator.class.getClassLoader().getResourceAsStream("db/migration/" + name)) {
            if (in == null) {
                throw new SQLException("migration script db/migration/" + name + " is missing from the engine bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SQLException("cannot read migration " + name, e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
