package be.hotline.gateway.store.audit;

import be.hotline.gateway.store.Transactions;
import java.util.List;

/** The signed checkpoints, for export: a page at a time after a position. */
public final class Checkpoints {

    private final Transactions transactions;

    public Checkpoints(Transactions transactions) {
        this.transactions = transactions;
    }

    public List<Checkpoint> after(long position, int limit) {
        return transactions.read(connection -> new CheckpointRows(connection).after(position, limit));
    }
}
