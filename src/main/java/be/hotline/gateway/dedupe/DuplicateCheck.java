package be.hotline.gateway.dedupe;

import be.hotline.gateway.report.Report;
import be.hotline.gateway.report.ReportEventType;
import be.hotline.gateway.routing.RoutingDecision;
import be.hotline.gateway.store.DuplicateKey;
import be.hotline.gateway.store.DuplicateLink;
import be.hotline.gateway.store.DuplicateScreen;
import be.hotline.gateway.store.EarlierItem;
import be.hotline.gateway.store.NewReport;
import be.hotline.gateway.store.ReportEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Duplicates across partners ("already assessed", docs/api/routing-and-lifecycle.md, "Duplicates"): an item whose
 * normalised URL or any hash matches an item received within {@code gateway.dedupe.window} is linked to the earliest
 * such item, and its receivers that already hold it are not sent it again.
 */
public final class DuplicateCheck {

    private static final String GATEWAY_ACTOR = "gateway";
    private final Duration window;

    /** @param window how far back items are matched; zero turns matching off (items are still indexed) */
    public DuplicateCheck(Duration window) {
        if (window.isNegative()) {
            throw new IllegalStateException("gateway.dedupe.window must not be negative, was " + window);
        }
        this.window = window;
    }

    public static DuplicateCheck off() {
        return new DuplicateCheck(Duration.ZERO);
    }

    /**
     * The screen the store runs inside the intake transaction.
     *
     * @param build the report to store for the routing decisions left once known items are trimmed
     */
    public DuplicateScreen screen(Report report, Instant now, List<RoutingDecision> decisions,
                                  Function<List<RoutingDecision>, NewReport> build) {
        List<List<DuplicateKey>> keys = report.contentItems().stream().map(DuplicateKeys::of).toList();
        Instant windowStart = window.isZero() ? null : now.minus(window);
        return new DuplicateScreen() {
            @Override
            public List<List<DuplicateKey>> keysByPosition() {
                return keys;
            }

            @Override
            public Instant windowStart() {
                return windowStart;
            }

            @Override
            public Screened screen(List<EarlierItem> earlier) {
                return screened(now, earlier, decisions, build);
            }
        };
    }

    private static DuplicateScreen.Screened screened(Instant now, List<EarlierItem> earlier,
                                                     List<RoutingDecision> decisions,
                                                     Function<List<RoutingDecision>, NewReport> build) {
        Map<Integer, Set<String>> holders = new HashMap<>();
        earlier.forEach(item -> holders.computeIfAbsent(item.position(), p -> new TreeSet<>()).addAll(item.holders()));
        NewReport report = build.apply(NotSentAgain.trim(decisions, holders));
        String reference = report.header().reference();
        List<ReportEvent> events = new ArrayList<>(report.events());
        List<DuplicateLink> links = new ArrayList<>();
        for (Map.Entry<Integer, List<EarlierItem>> match : earliestMatches(earlier).entrySet()) {
            int position = match.getKey();
            EarlierItem first = match.getValue().get(0);
            String matchedOn = String.join("+", new TreeSet<>(match.getValue().stream().map(EarlierItem::matchedOn).toList())
                    .descendingSet());
            Set<String> notSentTo = notSentTo(decisions, position, holders.getOrDefault(position, Set.of()));
            events.add(new ReportEvent(now, GATEWAY_ACTOR, ReportEventType.DUPLICATE_LINKED.name(),
                    "item " + position + " matches item " + first.earlierPosition() + " of " + first.reference()
                            + " (" + matchedOn + ")" + (notSentTo.isEmpty() ? "" : "; not sent again to " + String.join(", ", notSentTo))));
            links.add(new DuplicateLink(position, first.reference(), first.earlierPosition(), matchedOn,
                    new ReportEvent(now, GATEWAY_ACTOR, ReportEventType.DUPLICATE_LINKED.name(),
                            "item " + first.earlierPosition() + " matched by item " + position + " of " + reference
                                    + " (" + matchedOn + ")")));
        }
        return new DuplicateScreen.Screened(report.withEvents(events), links);
    }

    /** For each matched item, by position, the earlier items sharing a key with the earliest one, earliest first. */
    private static Map<Integer, List<EarlierItem>> earliestMatches(List<EarlierItem> earlier) {
        Map<Integer, List<EarlierItem>> byPosition = new TreeMap<>();
        for (EarlierItem item : earlier) {
            List<EarlierItem> same = byPosition.computeIfAbsent(item.position(), p -> new ArrayList<>());
            if (same.isEmpty() || (same.get(0).reference().equals(item.reference())
                    && same.get(0).earlierPosition() == item.earlierPosition())) {
                same.add(item);
            }
        }
        return byPosition;
    }

    /** The receivers the routing chose for the item that already hold it. */
    private static Set<String> notSentTo(List<RoutingDecision> decisions, int position, Set<String> holders) {
        Set<String> skipped = new TreeSet<>();
        decisions.stream().filter(decision -> decision.itemPositions().contains(position))
                .map(RoutingDecision::partnerId).filter(holders::contains).forEach(skipped::add);
        return skipped;
    }
}
