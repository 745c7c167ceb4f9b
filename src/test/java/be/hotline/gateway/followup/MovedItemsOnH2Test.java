package be.hotline.gateway.followup;

import be.hotline.gateway.support.TestDatabase;

class MovedItemsOnH2Test extends MovedItemsContract {

    private final TestDatabase database = TestDatabase.freshH2();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
