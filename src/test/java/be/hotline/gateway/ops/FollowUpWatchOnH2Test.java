package be.hotline.gateway.ops;

import be.hotline.gateway.support.TestDatabase;

class FollowUpWatchOnH2Test extends FollowUpWatchContract {

    private final TestDatabase database = TestDatabase.freshH2();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
