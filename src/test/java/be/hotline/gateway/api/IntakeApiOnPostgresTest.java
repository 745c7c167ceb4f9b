package be.hotline.gateway.api;

import be.hotline.gateway.support.TestDatabase;

class IntakeApiOnPostgresTest extends IntakeApiContract {

    private final TestDatabase database = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
