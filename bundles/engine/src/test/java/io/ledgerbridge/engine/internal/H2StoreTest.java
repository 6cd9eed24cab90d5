package io.ledgerbridge.engine.internal;

import javax.sql.DataSource;

class H2StoreTest extends StoreContract {
    @Override
    DataSource newDatabase() {
        return TestDatabases.h2();
    }
}
