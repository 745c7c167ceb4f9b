package be.hotline.gateway.recovery;

import be.hotline.gateway.support.TestDatabase;

class RecoveryOnH2Test extends RecoveryContract {

    private final TestDatabase database = TestDatabase.freshH2();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
