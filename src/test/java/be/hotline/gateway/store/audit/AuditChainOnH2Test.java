package be.hotline.gateway.store.audit;

import be.hotline.gateway.support.TestDatabase;

class AuditChainOnH2Test extends AuditChainContract {

    private final TestDatabase database = TestDatabase.freshH2();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
