package be.hotline.gateway.dispatch;

import be.hotline.gateway.support.TestDatabase;

class DeliveryOnPostgresTest extends DeliveryContract {

    private final TestDatabase database = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
