package be.hotline.gateway.retention;

import be.hotline.gateway.support.TestDatabase;

class RetentionOnH2Test extends RetentionContract {

    private final TestDatabase database = TestDatabase.freshH2();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
