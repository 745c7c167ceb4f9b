package be.hotline.gateway.api;

import be.hotline.gateway.support.TestDatabase;

class TakedownStatsOnPostgresTest extends TakedownStatsContract {

    private final TestDatabase database = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
