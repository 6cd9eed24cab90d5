package io.ledgerbridge.engine.internal.transfer;

import io.ledgerbridge.engine.internal.connections.Connection;
import io.ledgerbridge.engine.internal.connections.SecretBox;
import io.ledgerbridge.engine.internal.db.Database;
import io.ledgerbridge.model.spi.ConnectionContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** What a connector gets for one call: identity, decrypted secrets, and a persistent memory per connection. */
public final class EngineConnectionContext implements ConnectionContext {
    private final Connection connection;
    private final SecretBox secrets;
    private final Database db;

    public EngineConnectionContext(Connection connection, SecretBox secrets, Database db) {
        this.connection = connection;
        this.secrets = secrets;
        this.db = db;
    }

    @Override
    public String connectionId() {
        return connection.id();
    }

    @Override
    public String tenantId() {
        return connection.tenantId();
    }

    @Override
    public Optional<String> secret(String attribute) {
        return Optional.ofNullable(connection.property(attribute)).map(secrets::decrypt);
    }

    @Override
    public Optional<byte[]> attachment(String sha256) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT content FROM attachment_content WHERE sha256 = ?")) {
                p.setString(1, sha256);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<String> recall(String key) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT mem_value FROM connection_memory WHERE connection_id = ? AND mem_key = ?")) {
                p.setString(1, connection.id());
                p.setString(2, key);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void remember(String key, String value) {
        db.inTransaction(c -> {
            try (PreparedStatement del = c.prepareStatement(
                            "DELETE FROM connection_memory WHERE connection_id = ? AND mem_key = ?");
                    PreparedStatement ins = c.prepareStatement(
                            "INSERT INTO connection_memory (connection_id, mem_key, mem_value) VALUES (?, ?, ?)")) {
                del.setString(1, connection.id());
                del.setString(2, key);
                del.executeUpdate();
                ins.setString(1, connection.id());
                ins.setString(2, key);
                ins.setString(3, value);
                ins.executeUpdate();
            }
            return null;
        });
    }
}
