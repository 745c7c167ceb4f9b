package be.hotline.gateway.api;

import be.hotline.gateway.support.TestDatabase;

class CaseViewOnH2Test extends CaseViewContract {

    private final TestDatabase database = TestDatabase.freshH2();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
