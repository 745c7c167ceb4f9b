package be.hotline.gateway.ops;

import be.hotline.gateway.support.TestDatabase;

class AuditChainGatewayOnPostgresTest extends AuditChainGatewayContract {

    private final TestDatabase database = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
