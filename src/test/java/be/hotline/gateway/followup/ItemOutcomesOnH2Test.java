package be.hotline.gateway.followup;

import be.hotline.gateway.support.TestDatabase;

class ItemOutcomesOnH2Test extends ItemOutcomesContract {

    private final TestDatabase database = TestDatabase.freshH2();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
