package be.hotline.gateway.signing;

import be.hotline.gateway.support.TestDatabase;

class SignaturesOnPostgresTest extends SignaturesContract {

    private final TestDatabase database = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
