package be.hotline.gateway.routing;

import be.hotline.gateway.support.TestDatabase;

class PoliceServicesOnPostgresTest extends PoliceServicesContract {

    private final TestDatabase database = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
