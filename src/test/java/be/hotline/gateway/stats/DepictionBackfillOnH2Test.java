package be.hotline.gateway.stats;

import be.hotline.gateway.support.TestDatabase;

class DepictionBackfillOnH2Test extends DepictionBackfillContract {

    private final TestDatabase database = TestDatabase.freshH2();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
