package be.hotline.gateway.recovery;

import be.hotline.gateway.support.TestDatabase;

class RecoveryOnPostgresTest extends RecoveryContract {

    private final TestDatabase database = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
