package be.hotline.gateway.followup;

import be.hotline.gateway.support.TestDatabase;

class CaseManagementNewsOnPostgresTest extends CaseManagementNewsContract {

    private final TestDatabase database = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
