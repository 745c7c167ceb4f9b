package be.hotline.gateway.ops;

import be.hotline.gateway.support.TestDatabase;

class OpsDeliveriesOnH2Test extends OpsDeliveriesContract {

    private final TestDatabase database = TestDatabase.freshH2();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
