package be.hotline.gateway.outbox;

import java.util.concurrent.Semaphore;

/**
 * How many claimed deliveries this node may hold at once: as many as it has threads to send them. A node
 * that claimed more would leave deliveries waiting in a queue while their lease runs out, and another node
 * would send them a second time. Slots go by whole batches, so a busy node still claims in full batches
 * (one claim and one write per batch) instead of a trickle of small ones. Never blocks.
 */
public final class SendSlots {

    private final int total;
    private final Semaphore free;

    public SendSlots(int total) {
        if (total < 1) {
            throw new IllegalArgumentException("at least one send slot is needed, got " + total);
        }
        this.total = total;
        this.free = new Semaphore(total);
    }

    /** @return whether a whole batch of slots was free (and is now taken); taking part of one never happens */
    public boolean takeBatch(int batchSize) {
        if (batchSize > total) {
            throw new IllegalArgumentException("a batch of " + batchSize + " needs more than the " + total + " send slots");
        }
        return free.tryAcquire(batchSize);
    }

    public void giveBack(int slots) {
        if (slots > 0) {
            free.release(slots);
        }
    }

    /** Deliveries claimed and not yet recorded, for ops. */
    public int inUse() {
        return total - free.availablePermits();
    }
}
