package be.hotline.gateway.api;

import be.hotline.gateway.support.TestDatabase;

class CaseViewOnPostgresTest extends CaseViewContract {

    private final TestDatabase database = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
