package be.hotline.gateway.dispatch;

import be.hotline.gateway.support.TestDatabase;

class OutboundCapOnPostgresTest extends OutboundCapContract {

    private final TestDatabase database = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
