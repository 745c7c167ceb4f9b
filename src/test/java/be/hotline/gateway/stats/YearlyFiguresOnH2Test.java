package be.hotline.gateway.stats;

import be.hotline.gateway.support.TestDatabase;

class YearlyFiguresOnH2Test extends YearlyFiguresContract {

    private final TestDatabase database = TestDatabase.freshH2();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
