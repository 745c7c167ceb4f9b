package be.hotline.gateway.stats;

import be.hotline.gateway.support.TestDatabase;

class YearlyFiguresOnPostgresTest extends YearlyFiguresContract {

    private final TestDatabase database = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
