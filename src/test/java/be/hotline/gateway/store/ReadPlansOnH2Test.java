package be.hotline.gateway.store;

import be.hotline.gateway.support.TestDatabase;

class ReadPlansOnH2Test extends ReadPlansContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.freshH2();
    }
}
