package be.hotline.gateway.followup;

import be.hotline.gateway.store.OutboxStore;
import java.time.Clock;

/** Flags delivered reports whose receiver has not acknowledged them by its deadline (run by a timer route). */
public final class AckDeadlines {

    private final OutboxStore outbox;
    private final Clock clock;

    public AckDeadlines(OutboxStore outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @return how many deliveries became overdue now */
    public int flagOverdue() {
        return outbox.flagOverdueAcknowledgements(clock.instant());
    }
}
