package be.hotline.gateway.access;

import be.hotline.gateway.store.BlockedCertificateStore;
import be.hotline.gateway.store.BlockedCertificateStore.Block;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The certificates ops cut off, as every request sees them: an in-memory copy of the table, changed at once by
 * this node's own block and unblock, and re-read from the database periodically ({@link #refresh}) so a block
 * made on another node takes effect here too. Whoever must act on a new block (closing its open connections)
 * listens with {@link #onBlocked}.
 */
public final class BlockedCertificates {

    private static final Logger LOG = LoggerFactory.getLogger(BlockedCertificates.class);
    private final BlockedCertificateStore store;
    private final Clock clock;
    private final List<Consumer<String>> blockListeners = new CopyOnWriteArrayList<>();
    private volatile Map<String, Block> blocked = Map.of();

    public BlockedCertificates(BlockedCertificateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Optional<Block> find(String sha256) {
        return Optional.ofNullable(blocked.get(sha256));
    }

    public List<Block> all() {
        return List.copyOf(blocked.values());
    }

    public void block(String sha256, String reason, String user) {
        store.block(new Block(sha256, reason, user, clock.instant()));
        LOG.warn("certificate blocked: sha256={} by={}", sha256, user);
        refresh();
    }

    public boolean unblock(String sha256, String reason, String user) {
        boolean was = store.unblock(sha256, user, reason, clock.instant());
        if (was) {
            LOG.warn("certificate unblocked: sha256={} by={}", sha256, user);
        }
        refresh();
        return was;
    }

    /** Called with the fingerprint of every certificate newly blocked, on this node or (after a refresh) another. */
    public void onBlocked(Consumer<String> listener) {
        blockListeners.add(listener);
    }

    /** Re-reads the table; a database that is away keeps the last copy (a block is never forgotten by an outage). */
    public void refresh() {
        Map<String, Block> current;
        try {
            current = store.all().stream().collect(Collectors.toUnmodifiableMap(Block::sha256, Function.identity()));
        } catch (RuntimeException e) {
            LOG.warn("blocked certificates not re-read, keeping the last copy: {}", e.getClass().getSimpleName());
            return;
        }
        Map<String, Block> before = blocked;
        blocked = current;
        current.keySet().stream().filter(sha256 -> !before.containsKey(sha256))
                .forEach(sha256 -> blockListeners.forEach(listener -> listener.accept(sha256)));
    }
}
