package be.hotline.gateway.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.hotline.gateway.delivery.DeliveryPurpose;
import be.hotline.gateway.report.ContentItem;
import be.hotline.gateway.report.ContentType;
import be.hotline.gateway.report.Report;
import be.hotline.gateway.routing.RoutingDecision;
import be.hotline.gateway.store.DuplicateLink;
import be.hotline.gateway.store.DuplicateScreen;
import be.hotline.gateway.store.EarlierItem;
import be.hotline.gateway.store.NewReport;
import be.hotline.gateway.store.ReportEvent;
import be.hotline.gateway.store.StoredReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The screen's decisions, without a database: which receivers are spared which items, and what is linked. */
class DuplicateCheckTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant EARLIER = NOW.minus(Duration.ofDays(2));
    private final Report report = new Report("REF", Optional.empty(), List.of(item("https://a.example/0"),
            item("https://a.example/1"), item("https://a.example/2")), null);
    private final List<RoutingDecision> decisions = List.of(
            new RoutingDecision("police-fccu", DeliveryPurpose.DOMESTIC, List.of(0, 1)),
            new RoutingDecision("de-hotline", DeliveryPurpose.HOTLINE_EXCHANGE, List.of(2)));
    /** What intake would store for the decisions it is handed: here, just the decisions as ROUTED events. */
    private final Function<List<RoutingDecision>, NewReport> build = kept -> new NewReport(
            new StoredReport("HX-NEW", "nl-hotline", "REF", "x", "ROUTED", NOW), "JSON", report, "{}", Optional.empty(),
            kept.stream().map(d -> new ReportEvent(NOW, "gateway", "ROUTED", d.describe())).toList(), List.of(),
            List.of("BE", "BE", "BE"));

    @Test
    void onlyTheReceiverHoldingAnItemIsSparedItAndOtherReceiversKeepTheirs() {
        DuplicateScreen.Screened screened = new DuplicateCheck(Duration.ofDays(30)).screen(report, NOW, decisions, build)
                .screen(List.of(new EarlierItem(0, "URL", "HX-OLD", 3, EARLIER, Set.of("police-fccu", "nl-hotline")),
                        new EarlierItem(2, "HASH", "HX-OLD", 4, EARLIER, Set.of("police-fccu"))));

        assertThat(screened.report().events()).extracting(ReportEvent::detail).containsExactly(
                "to police-fccu (DOMESTIC) items [1]", "to de-hotline (HOTLINE_EXCHANGE) items [2]",
                "item 0 matches item 3 of HX-OLD (URL); not sent again to police-fccu",
                "item 2 matches item 4 of HX-OLD (HASH)");
        assertThat(screened.links()).extracting(DuplicateLink::position, DuplicateLink::earlierReference,
                DuplicateLink::earlierPosition).containsExactly(
                tuple(0, "HX-OLD", 3), tuple(2, "HX-OLD", 4));
        assertThat(screened.links().get(0).event().detail()).isEqualTo("item 3 matched by item 0 of HX-NEW (URL)");
    }

    @Test
    void theLinkGoesToTheEarliestMatchAndNamesEveryKeyThatMatchedIt() {
        DuplicateScreen.Screened screened = new DuplicateCheck(Duration.ofDays(30)).screen(report, NOW, decisions, build)
                .screen(List.of(new EarlierItem(1, "URL", "HX-FIRST", 0, EARLIER, Set.of()),
                        new EarlierItem(1, "HASH", "HX-FIRST", 0, EARLIER, Set.of()),
                        new EarlierItem(1, "URL", "HX-SECOND", 5, EARLIER.plusSeconds(60), Set.of("police-fccu"))));

        assertThat(screened.links()).singleElement().satisfies(link -> {
            assertThat(link.earlierReference()).isEqualTo("HX-FIRST");
            assertThat(link.matchedOn()).isEqualTo("URL+HASH");
        });
        // Holding counts for any matching item, not only the earliest.
        assertThat(screened.report().events()).extracting(ReportEvent::detail).startsWith("to police-fccu (DOMESTIC) items [0]");
    }

    @Test
    void aZeroWindowMatchesNothingButStillGivesTheKeys() {
        DuplicateScreen screen = DuplicateCheck.off().screen(report, NOW, decisions, build);
        assertThat(screen.windowStart()).isNull();
        assertThat(screen.keysByPosition()).hasSize(3).allSatisfy(keys -> assertThat(keys).hasSize(1));
        assertThat(new DuplicateCheck(Duration.ofDays(30)).screen(report, NOW, decisions, build).windowStart())
                .isEqualTo(NOW.minus(Duration.ofDays(30)));
    }

    private static ContentItem item(String url) {
        return new ContentItem(url, ContentType.IMAGE, Optional.empty(), "BE", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty());
    }
}
