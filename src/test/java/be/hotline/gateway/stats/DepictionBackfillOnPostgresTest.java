package be.hotline.gateway.stats;

import be.hotline.gateway.support.TestDatabase;

class DepictionBackfillOnPostgresTest extends DepictionBackfillContract {

    private final TestDatabase database = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
