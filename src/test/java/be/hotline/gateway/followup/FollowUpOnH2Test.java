package be.hotline.gateway.followup;

import be.hotline.gateway.support.TestDatabase;

class FollowUpOnH2Test extends FollowUpContract {

    private final TestDatabase database = TestDatabase.freshH2();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
