package be.hotline.gateway.dedupe;

import be.hotline.gateway.support.TestDatabase;

class DuplicatesOnH2Test extends DuplicatesContract {

    private final TestDatabase database = TestDatabase.freshH2();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
