package be.hotline.gateway.dispatch;

import be.hotline.gateway.support.TestDatabase;

class DeliveryOnH2Test extends DeliveryContract {

    private final TestDatabase database = TestDatabase.freshH2();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
