package be.hotline.gateway.signing;

import be.hotline.gateway.support.TestDatabase;

class SignaturesOnH2Test extends SignaturesContract {

    private final TestDatabase database = TestDatabase.freshH2();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
