package io.ledgerbridge.engine.internal.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

/** The SQL differences between the supported databases, kept to type names substituted into migrations. */
public enum Dialect {
    POSTGRESQL(
            Map.of("binary", "BYTEA", "text", "TEXT"),
            "INSERT INTO attachment_content (sha256, size, content, created_at) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (sha256) DO NOTHING"),
    H2(
            Map.of("binary", "BLOB", "text", "CLOB"),
            "MERGE INTO attachment_content (sha256, size, content, created_at) KEY (sha256) VALUES (?, ?, ?, ?)");

    private final Map<String, String> types;
    private final String insertContentOnce;

    Dialect(Map<String, String> types, String insertContentOnce) {
        this.types = types;
        this.insertContentOnce = insertContentOnce;
    }

    /** Stores an attachment's content unless the same hash is stored already (safe under concurrency). */
    public String insertContentOnce() {
        return insertContentOnce;
    }

    /** The dialect of the database behind a connection. */
    public static Dialect of(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        if (product.contains("h2")) {
            return H2;
        }
        throw new SQLException("unsupported database '" + product + "': Ledgerbridge runs on H2 or PostgreSQL");
    }

    /** Replaces the ${name} placeholders of a migration script with this dialect's types. */
    public String render(String sql) {
        String out = sql;
        for (Map.Entry<String, String> e : types.entrySet()) {
            out = out.replace("${" + e.getKey() + "}", e.getValue());
        }
        return out;
    }
}
