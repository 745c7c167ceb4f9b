package be.hotline.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.hotline.gateway.delivery.DeliveryPurpose;
import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.partner.PartnerDirectory;
import be.hotline.gateway.partner.PartnerKind;
import be.hotline.gateway.report.AgeGroup;
import be.hotline.gateway.report.Assessment;
import be.hotline.gateway.report.Classification;
import be.hotline.gateway.report.Commerciality;
import be.hotline.gateway.report.ContentItem;
import be.hotline.gateway.report.ContentType;
import be.hotline.gateway.report.Depiction;
import be.hotline.gateway.report.Gender;
import be.hotline.gateway.report.InvalidReportException;
import be.hotline.gateway.report.Report;
import be.hotline.gateway.report.SiteType;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutingRulesTest {

    private final Partner police = partner("police", PartnerKind.POLICE, "BE", true, true);
    private final Partner nl = partner("nl", PartnerKind.HOTLINE, "NL", true, true);
    private final Partner de = partner("de", PartnerKind.HOTLINE, "DE", true, true);
    private final Partner fiDisabled = partner("fi", PartnerKind.HOTLINE, "FI", false, true);
    private final Partner internal = partner("cm", PartnerKind.INTERNAL, "BE", true, false);
    private final RoutingRules rules = rules(police, nl, de, fiDisabled, internal);

    @Test
    void contentHostedAtHomeGoesToThePolice() {
        assertThat(rules.route(report("BE"))).containsExactly(new RoutingDecision("police", DeliveryPurpose.DOMESTIC, List.of(0)));
    }

    @Test
    void contentHostedWhereAMemberHotlineIsGoesToThatHotline() {
        assertThat(rules.route(report("DE"))).containsExactly(new RoutingDecision("de", DeliveryPurpose.HOTLINE_EXCHANGE, List.of(0)));
    }

    @Test
    void contentHostedWithoutAnEnabledMemberHotlineGoesToThePoliceForInterpol() {
        assertThat(rules.route(report("BR"))).containsExactly(
                new RoutingDecision("police", DeliveryPurpose.INTERPOL_COOPERATION, List.of(0)));
        assertThat(rules.route(report("FI"))).containsExactly(
                new RoutingDecision("police", DeliveryPurpose.INTERPOL_COOPERATION, List.of(0)));
    }

    @Test
    void itemsTravelTogetherPerReceiverAndPurpose() {
        assertThat(rules.route(report("DE", "BE", "BR", "DE", "BE"))).containsExactly(
                new RoutingDecision("de", DeliveryPurpose.HOTLINE_EXCHANGE, List.of(0, 3)),
                new RoutingDecision("police", DeliveryPurpose.DOMESTIC, List.of(1, 4)),
                new RoutingDecision("police", DeliveryPurpose.INTERPOL_COOPERATION, List.of(2)));
    }

    @Test
    void aSenderNeverGetsItsOwnReportBack() {
        assertThat(rules.route(report("BE", "DE"), police)).containsExactly(
                new RoutingDecision("de", DeliveryPurpose.HOTLINE_EXCHANGE, List.of(1)));
    }

    @Test
    void aForeignHotlineMayOnlyReportContentHostedHereAndIsToldWhereTheRestBelongs() {
        rules.checkSenderMayReport(nl, report("BE", "BE"));
        assertThatThrownBy(() -> rules.checkSenderMayReport(nl, report("BE", "DE", "BR")))
                .isInstanceOfSatisfying(InvalidReportException.class, e -> {
                    assertThat(e.errors()).extracting(error -> error.pointer())
                            .containsExactly("/contentItems/1/hostingCountry", "/contentItems/2/hostingCountry");
                    assertThat(e.errors().get(0).message()).contains("INHOPE member hotline of DE");
                    assertThat(e.errors().get(1).message()).contains("Interpol");
                });
    }

    @Test
    void internalAndPoliceMayReportContentHostedAnywhere() {
        rules.checkSenderMayReport(internal, report("DE", "BR"));
        rules.checkSenderMayReport(police, report("DE", "BR"));
    }

    @Test
    void everyDomesticPoliceServiceGetsItsOwnDeliveryAndOnlyTheInterpolContactGetsTheOrphans() {
        Partner fccu = police("fccu", true, true, true);
        Partner trafficking = police("thb", true, false, true);
        Partner sendsOnly = police("lab", false, false, true);
        Partner disabledDomestic = police("old", true, false, false);
        RoutingRules several = rules(fccu, trafficking, sendsOnly, disabledDomestic, nl, internal);

        assertThat(several.route(report("BE", "BR", "NL", "BE"))).containsExactly(
                new RoutingDecision("fccu", DeliveryPurpose.DOMESTIC, List.of(0, 3)),
                new RoutingDecision("thb", DeliveryPurpose.DOMESTIC, List.of(0, 3)),
                new RoutingDecision("fccu", DeliveryPurpose.INTERPOL_COOPERATION, List.of(1)),
                new RoutingDecision("nl", DeliveryPurpose.HOTLINE_EXCHANGE, List.of(2)));
        // A police service that sends us a report does not get it back; the other still does.
        assertThat(several.route(report("BE"), trafficking)).containsExactly(
                new RoutingDecision("fccu", DeliveryPurpose.DOMESTIC, List.of(0)));
    }

    @Test
    void theRegistryNeedsADomesticPoliceServiceExactlyOneInterpolContactAndOutboundEndpointsForReceivers() {
        assertThatThrownBy(() -> rules(nl, internal)).hasMessageContaining(
                "at least one enabled POLICE partner with receives: [DOMESTIC]").hasMessageContaining("found none");
        assertThatThrownBy(() -> rules(police("interpol-only", false, true, true), nl)).hasMessageContaining(
                "at least one enabled POLICE partner with receives: [DOMESTIC]");
        assertThatThrownBy(() -> rules(police("a", true, false, true), police("b", true, false, true)))
                .hasMessage("routing needs exactly one enabled POLICE partner with interpolContact: true (it gets the content"
                        + " hosted in countries without a member hotline), found 0");
        assertThatThrownBy(() -> rules(police, partner("police-2", PartnerKind.POLICE, "BE", true, true)))
                .hasMessageContaining("interpolContact: true").hasMessageContaining("found 2 [police, police-2]");
        // A disabled Interpol contact is none.
        assertThatThrownBy(() -> rules(police("a", true, false, true), police("b", false, true, false)))
                .hasMessageContaining("interpolContact: true").hasMessageContaining("found 0");
        assertThatThrownBy(() -> rules(police, partner("at", PartnerKind.HOTLINE, "AT", true, false)))
                .hasMessageContaining("partner at (HOTLINE) has no outbound endpoint");
    }

    @Test
    void onlyAPolicePartnerCanHavePoliceRoles() {
        assertThatThrownBy(() -> new Partner("nl", "nl", PartnerKind.HOTLINE, "NL", true, List.of(), List.of(), Optional.empty(),
                Set.of(), Partner.Inbound.DEFAULT, new Partner.PoliceRoles(true, false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only a POLICE partner");
    }

    private static Partner police(String id, boolean domestic, boolean interpolContact, boolean enabled) {
        return new Partner(id, id, PartnerKind.POLICE, "BE", enabled, List.of(), List.of(),
                Optional.of(new Partner.OutboundEndpoint("https://" + id + ".example/in", "POLICE_XML", List.of(), null, null, null)),
                Set.of(), Partner.Inbound.DEFAULT, new Partner.PoliceRoles(domestic, interpolContact));
    }

    private static RoutingRules rules(Partner... partners) {
        return new RoutingRules("BE", new PartnerDirectory(Arrays.asList(partners), Clock.systemUTC()));
    }

    private static Partner partner(String id, PartnerKind kind, String country, boolean enabled, boolean outbound) {
        Optional<Partner.OutboundEndpoint> endpoint = outbound
                ? Optional.of(new Partner.OutboundEndpoint("https://" + id + ".example/in", "JSON", List.of(), null, null, null))
                : Optional.empty();
        return new Partner(id, id, kind, country, enabled, List.of(), List.of(), endpoint);
    }

    private static Report report(String... hostingCountries) {
        List<ContentItem> items = Arrays.stream(hostingCountries).map(country -> new ContentItem(
                "https://example.org/" + country, ContentType.IMAGE, Optional.empty(), country, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty())).toList();
        return new Report("ref-1", Optional.empty(), items, new Assessment(Classification.BASELINE, Depiction.REAL_CHILD,
                AgeGroup.NOT_DETERMINED, Gender.NOT_DETERMINED, SiteType.WEBSITE, Commerciality.NOT_DETERMINED, false, false));
    }
}
