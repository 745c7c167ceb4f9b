package be.hotline.gateway.followup;

import be.hotline.gateway.support.TestDatabase;

class CaseManagementNewsOnH2Test extends CaseManagementNewsContract {

    private final TestDatabase database = TestDatabase.freshH2();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
