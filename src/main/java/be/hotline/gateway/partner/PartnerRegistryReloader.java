package be.hotline.gateway.partner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads the partner registry without a restart: when its file changes ({@link #reloadIfChanged}, on a timer)
 * or when ops ask ({@link #reload}). The new file is validated whole first; an invalid one changes nothing: the
 * old registry keeps running, the log says why, and {@link #lastFailure} turns readiness to a warning until a
 * valid file is loaded. What a reload cannot change in a running gateway (where and how we deliver to a partner)
 * is named in the result and takes effect at the next restart; a partner's {@code outbound.maxConcurrent} takes effect
 * at once.
 */
public final class PartnerRegistryReloader {

    /** What a reload did: whether it took the file, and what the operator should know. */
    public record Result(boolean loaded, String message) {
    }

    /** The last reload that failed, while no later one succeeded. */
    public record Failure(Instant at, String reason) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(PartnerRegistryReloader.class);
    private final Path file;
    private final PartnerDirectory directory;
    private final PartnerRegistryLoader loader;
    private final Consumer<List<Partner>> registryRules;
    private final Clock clock;
    private volatile String loadedDigest;
    private volatile Failure lastFailure;

    /** @param registryRules what the whole registry must satisfy beyond each entry (e.g. routing); throws if not */
    public PartnerRegistryReloader(Path file, PartnerDirectory directory, PartnerRegistryLoader loader,
                                   Consumer<List<Partner>> registryRules, Clock clock) {
        this.file = file;
        this.directory = directory;
        this.loader = loader;
        this.registryRules = registryRules;
        this.clock = clock;
        this.loadedDigest = digestOrNull();
    }

    /** Reloads when the file's content differs from what was loaded (or last tried). */
    public synchronized Optional<Result> reloadIfChanged() {
        String digest = digestOrNull();
        if (digest == null || digest.equals(loadedDigest)) {
            return Optional.empty();
        }
        return Optional.of(reload());
    }

    public synchronized Result reload() {
        String digest = digestOrNull();
        List<Partner> partners;
        try {
            partners = loader.load(file);
            registryRules.accept(partners);
            List<Partner> before = directory.all();
            directory.replace(partners);
            loadedDigest = digest;
            lastFailure = null;
            String restartNeeded = outboundChanges(before, partners);
            String message = "partner registry reloaded from " + file + ": " + partners.size() + " partners"
                    + (restartNeeded.isEmpty() ? "" : "; outbound changes of " + restartNeeded
                    + " take effect at the next restart");
            LOG.warn(message);
            return new Result(true, message);
        } catch (RuntimeException e) {
            loadedDigest = digest; // the same broken file is not retried on every tick; a new save is
            lastFailure = new Failure(clock.instant(), e.getMessage());
            LOG.error("partner registry NOT reloaded, the previous one stays in force: {}", e.getMessage());
            return new Result(false, "partner registry not reloaded (the previous one stays in force): " + e.getMessage());
        }
    }

    public Optional<Failure> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    /** Partners whose outbound endpoint was added, removed or changed: delivery wiring is made at start-up. */
    private static String outboundChanges(List<Partner> before, List<Partner> after) {
        return after.stream()
                .filter(partner -> before.stream().filter(old -> old.id().equals(partner.id())).findFirst()
                        .map(old -> !sameWiring(old.outbound(), partner.outbound())).orElse(partner.outbound().isPresent()))
                .map(Partner::id).reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static boolean sameWiring(Optional<Partner.OutboundEndpoint> before, Optional<Partner.OutboundEndpoint> after) {
        return before.isEmpty() ? after.isEmpty() : after.isPresent() && before.get().wiredLike(after.get());
    }

    private String digestOrNull() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
