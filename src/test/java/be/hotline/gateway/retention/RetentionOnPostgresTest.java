package be.hotline.gateway.retention;

import be.hotline.gateway.support.TestDatabase;

class RetentionOnPostgresTest extends RetentionContract {

    private final TestDatabase database = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
