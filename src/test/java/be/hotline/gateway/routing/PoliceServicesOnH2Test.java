package be.hotline.gateway.routing;

import be.hotline.gateway.support.TestDatabase;

class PoliceServicesOnH2Test extends PoliceServicesContract {

    private final TestDatabase database = TestDatabase.freshH2();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
