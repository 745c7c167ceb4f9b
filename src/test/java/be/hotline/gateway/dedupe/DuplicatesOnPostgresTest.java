package be.hotline.gateway.dedupe;

import be.hotline.gateway.support.TestDatabase;

class DuplicatesOnPostgresTest extends DuplicatesContract {

    private final TestDatabase database = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
