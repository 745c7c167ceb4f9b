package be.hotline.gateway.store;

import be.hotline.gateway.support.TestDatabase;

class ReadPlansOnPostgresTest extends ReadPlansContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }
}
