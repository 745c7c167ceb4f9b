package be.hotline.gateway.api;

import be.hotline.gateway.support.TestDatabase;

class IntakeApiOnH2Test extends IntakeApiContract {

    private final TestDatabase database = TestDatabase.freshH2();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
