package be.hotline.gateway.ops;

import be.hotline.gateway.feedback.FeedbackType;
import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.partner.PartnerDirectory;
import be.hotline.gateway.store.ItemMoveQueries;
import be.hotline.gateway.store.WatchQueries;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Silent partners and stalled reports (docs/ops/README.md#silent-partners-and-stalled-reports).
 * <ul>
 *   <li>A receiver is <b>silent</b> when it has deliveries delivered more than partner-silent-after ago and still
 *       unanswered (DELIVERED), and it has neither acknowledged anything nor sent any feedback in that time. One
 *       acknowledgement or feedback item, on any report, ends its silence.</li>
 *   <li>A receiver's delivery is <b>stalled</b> when it was acknowledged more than stalled-after ago and the
 *       receiver's furthest feedback is no outcome: an outcome is feedback of stage OUTCOME or CLOSED
 *       ({@link #OUTCOMES}); acknowledgements and the "in action" types are none.</li>
 *   <li>An item <b>moved too often</b> when receivers reported it MOVED more than gateway.routing.max-moves times: its
 *       last move was kept but not sent to anyone; an analyst must decide where it goes.</li>
 * </ul>
 */
public final class FollowUpWatch {

    /** The feedback types that end the wait for news. */
    public static final List<FeedbackType> OUTCOMES = Arrays.stream(FeedbackType.values())
            .filter(type -> type.stage().compareTo(FeedbackType.Stage.OUTCOME) >= 0).toList();
    private static final List<String> NOT_OUTCOMES = Arrays.stream(FeedbackType.values())
            .filter(type -> !OUTCOMES.contains(type)).map(Enum::name).toList();

    private final WatchQueries queries;
    private final ItemMoveQueries moves;
    private final PartnerDirectory partners;
    private final WatchSettings settings;
    private final Clock clock;

    public FollowUpWatch(WatchQueries queries, ItemMoveQueries moves, PartnerDirectory partners, WatchSettings settings,
                         Clock clock) {
        this.queries = queries;
        this.moves = moves;
        this.partners = partners;
        this.settings = settings;
        this.clock = clock;
    }

    public WatchSettings settings() {
        return settings;
    }

    /**
     * @param waiting     unanswered deliveries older than the setting
     * @param silentSince the later of its last sign of life and its oldest such delivery
     */
    public record SilentPartner(String partner, String name, String kind, int waiting, Instant oldestWaitingSince,
                                Instant lastHeardAt, Instant silentSince) {
    }

    public record StalledReport(String reference, String partner, Instant acknowledgedAt, String furthestFeedback,
                                Instant stalledSince) {
    }

    public List<SilentPartner> silentPartners() {
        Instant cutoff = clock.instant().minus(settings.partnerSilentAfter());
        List<SilentPartner> silent = new ArrayList<>();
        for (WatchQueries.Waiting waiting : queries.waitingSince(cutoff).values()) {
            Optional<Instant> lastHeard = queries.lastHeardFrom(waiting.partnerId());
            if (lastHeard.isPresent() && !lastHeard.get().isBefore(cutoff)) {
                continue;
            }
            Instant since = lastHeard.filter(heard -> heard.isAfter(waiting.oldestDeliveredAt()))
                    .orElse(waiting.oldestDeliveredAt());
            Optional<Partner> partner = partners.byId(waiting.partnerId());
            silent.add(new SilentPartner(waiting.partnerId(), partner.map(Partner::displayName).orElse(null),
                    partner.map(p -> p.kind().name()).orElse(null), waiting.deliveries(), waiting.oldestDeliveredAt(),
                    lastHeard.orElse(null), since));
        }
        return silent;
    }

    public List<StalledReport> stalledReports(int limit) {
        Duration after = settings.stalledAfter();
        return queries.stalled(clock.instant().minus(after), NOT_OUTCOMES, limit).stream()
                .map(s -> new StalledReport(s.reference(), s.partnerId(), s.acknowledgedAt(), s.furthestFeedback(),
                        s.acknowledgedAt().plus(after))).toList();
    }

    /** Items moved too often and not sent again, latest move first. */
    public List<ItemMoveQueries.MovedTooOften> movedTooOften(int limit) {
        return moves.movedTooOften(limit);
    }

    public int movedTooOftenCount() {
        return moves.movedTooOftenCount();
    }

    /** Stalled deliveries per receiver (receivers with none left out). */
    public Map<String, Integer> stalledPerPartner() {
        return queries.stalledPerPartner(clock.instant().minus(settings.stalledAfter()), NOT_OUTCOMES);
    }
}
