package be.hotline.gateway.dispatch;

import be.hotline.gateway.support.TestDatabase;

class OutboundCapOnH2Test extends OutboundCapContract {

    private final TestDatabase database = TestDatabase.freshH2();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
