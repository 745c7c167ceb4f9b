package be.hotline.gateway.followup;

import be.hotline.gateway.support.TestDatabase;

class MovedItemsOnPostgresTest extends MovedItemsContract {

    private final TestDatabase database = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
