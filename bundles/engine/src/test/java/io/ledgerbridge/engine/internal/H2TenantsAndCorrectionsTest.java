package io.ledgerbridge.engine.internal;

import javax.sql.DataSource;

class H2TenantsAndCorrectionsTest extends TenantsAndCorrectionsContract {
    @Override
    DataSource newDatabase() {
        return TestDatabases.h2();
    }
}
