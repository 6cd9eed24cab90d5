package io.ledgerbridge.engine.internal.db;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@link Database} as a service inside the engine bundle, bound to the DataSource named {@code ledgerbridge}
 * (registered by pax-jdbc from {@code etc/org.ops4j.datasource-ledgerbridge.cfg}: H2 by default, or PostgreSQL).
 */
@Component(service = Database.class, immediate = true)
public class DatabaseComponent extends Database {

    @Activate
    public DatabaseComponent(@Reference(target = "(dataSourceName=ledgerbridge)") DataSource dataSource)
            throws SQLException {
        super(dataSource);
    }
}
