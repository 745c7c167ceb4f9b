package be.hotline.gateway.store.audit;

import be.hotline.gateway.support.TestDatabase;

class AuditChainOnPostgresTest extends AuditChainContract {

    private final TestDatabase database = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
