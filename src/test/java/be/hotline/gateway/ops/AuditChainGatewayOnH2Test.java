package be.hotline.gateway.ops;

import be.hotline.gateway.support.TestDatabase;

class AuditChainGatewayOnH2Test extends AuditChainGatewayContract {

    private final TestDatabase database = TestDatabase.freshH2();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
