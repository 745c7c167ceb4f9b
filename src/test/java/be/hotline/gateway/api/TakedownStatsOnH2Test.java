package be.hotline.gateway.api;

import be.hotline.gateway.support.TestDatabase;

class TakedownStatsOnH2Test extends TakedownStatsContract {

    private final TestDatabase database = TestDatabase.freshH2();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
