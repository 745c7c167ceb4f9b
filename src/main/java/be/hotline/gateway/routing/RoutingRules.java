package be.hotline.gateway.routing;

import be.hotline.gateway.delivery.DeliveryPurpose;
import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.partner.PartnerDirectory;
import be.hotline.gateway.partner.PartnerKind;
import be.hotline.gateway.report.ContentItem;
import be.hotline.gateway.report.FieldError;
import be.hotline.gateway.report.InvalidReportException;
import be.hotline.gateway.report.Report;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who must act on each content item, by where it is hosted: at home every domestic police service (each its
 * own delivery); abroad the enabled INHOPE hotline of that country; a country without one (an orphan), the one
 * police service that is the Interpol contact.
 * Items for the same receiver and purpose travel together in one delivery.
 */
public final class RoutingRules {

    private final String homeCountry;
    private final PartnerDirectory partners;

    public RoutingRules(String homeCountry, PartnerDirectory partners) {
        this.homeCountry = homeCountry;
        this.partners = partners;
        requireRoutable(partners.all());
    }

    /**
     * What a registry must hold for every report to have a receiver: at least one enabled POLICE partner with
     * {@code receives: [DOMESTIC]}, exactly one enabled POLICE partner with {@code interpolContact: true}, and an
     * outbound endpoint for every enabled partner reports can be routed to. Checked at start and before a reload.
     */
    public static void requireRoutable(List<Partner> registry) {
        List<Partner> enabled = registry.stream().filter(Partner::enabled).toList();
        if (enabled.stream().noneMatch(Partner::receivesDomestic)) {
            throw new IllegalStateException("routing needs at least one enabled POLICE partner with receives: [DOMESTIC]"
                    + " (it gets the content hosted in our country), found none");
        }
        List<String> interpolContacts = enabled.stream().filter(Partner::isInterpolContact).map(Partner::id).toList();
        if (interpolContacts.size() != 1) {
            throw new IllegalStateException("routing needs exactly one enabled POLICE partner with interpolContact: true"
                    + " (it gets the content hosted in countries without a member hotline), found "
                    + interpolContacts.size() + (interpolContacts.isEmpty() ? "" : " " + interpolContacts));
        }
        enabled.stream().filter(p -> p.kind() != PartnerKind.INTERNAL && p.outbound().isEmpty()).findFirst()
                .ifPresent(p -> {
                    throw new IllegalStateException("partner " + p.id() + " (" + p.kind() + ") has no outbound endpoint:"
                            + " reports routed to it could not be delivered; add outbound.url and outbound.format");
                });
    }

    /** The domestic police services as the registry in force names them (it may have been reloaded). */
    private List<Partner> domesticPolice() {
        return partners.enabled().filter(Partner::receivesDomestic).toList();
    }

    private Partner interpolContact() {
        return partners.enabled().filter(Partner::isInterpolContact).findFirst()
                .orElseThrow(() -> new IllegalStateException("no enabled POLICE partner with interpolContact: true"));
    }

    public String homeCountry() {
        return homeCountry;
    }

    /** Receivers of the report's items; a sender never gets its own report back. */
    public List<RoutingDecision> route(Report report, Partner sender) {
        return route(report).stream().filter(decision -> !decision.partnerId().equals(sender.id())).toList();
    }

    public List<RoutingDecision> route(Report report) {
        Map<String, List<Integer>> positionsByTarget = new LinkedHashMap<>();
        Map<String, RoutingDecision> templateByTarget = new LinkedHashMap<>();
        List<ContentItem> items = report.contentItems();
        for (int position = 0; position < items.size(); position++) {
            for (RoutingDecision target : targetsFor(items.get(position).hostingCountry())) {
                String key = target.partnerId() + "/" + target.purpose();
                templateByTarget.putIfAbsent(key, target);
                positionsByTarget.computeIfAbsent(key, k -> new ArrayList<>()).add(position);
            }
        }
        return templateByTarget.entrySet().stream()
                .map(e -> new RoutingDecision(e.getValue().partnerId(), e.getValue().purpose(), positionsByTarget.get(e.getKey())))
                .toList();
    }

    /**
     * The country that must act on content hosted in {@code hostingCountry}: that country itself when it is ours or
     * has a member hotline; for an orphan (no member hotline there) our own country, whose Interpol contact takes it.
     */
    public String assignedCountry(String hostingCountry) {
        return homeCountry.equals(hostingCountry) || hotlineOf(hostingCountry).isPresent() ? hostingCountry : homeCountry;
    }

    /**
     * A foreign hotline reports to us only what is hosted in our country; anything else is refused
     * (422) with where it should go instead.
     */
    public void checkSenderMayReport(Partner sender, Report report) {
        if (sender.kind() != PartnerKind.HOTLINE) {
            return;
        }
        List<FieldError> misdirected = new ArrayList<>();
        List<ContentItem> items = report.contentItems();
        for (int position = 0; position < items.size(); position++) {
            String country = items.get(position).hostingCountry();
            if (!homeCountry.equals(country)) {
                misdirected.add(new FieldError("/contentItems/" + position + "/hostingCountry", adviceFor(country)));
            }
        }
        if (!misdirected.isEmpty()) {
            throw new InvalidReportException(misdirected);
        }
    }

    /**
     * Who must act on content hosted in a country, by the same rules as a report's items (used again for an item that
     * MOVED): each with no item positions yet.
     */
    public List<RoutingDecision> receiversFor(String hostingCountry) {
        return targetsFor(hostingCountry);
    }

    /** Home-hosted content goes to every domestic police service, each with a delivery of its own. */
    private List<RoutingDecision> targetsFor(String hostingCountry) {
        if (homeCountry.equals(hostingCountry)) {
            return domesticPolice().stream()
                    .map(police -> new RoutingDecision(police.id(), DeliveryPurpose.DOMESTIC, List.of())).toList();
        }
        return List.of(hotlineOf(hostingCountry)
                .map(hotline -> new RoutingDecision(hotline.id(), DeliveryPurpose.HOTLINE_EXCHANGE, List.of()))
                .orElseGet(() -> new RoutingDecision(interpolContact().id(), DeliveryPurpose.INTERPOL_COOPERATION, List.of())));
    }

    private Optional<Partner> hotlineOf(String country) {
        return partners.enabled().filter(p -> p.kind() == PartnerKind.HOTLINE && p.country().equals(country)).findFirst();
    }

    private String adviceFor(String country) {
        String where = hotlineOf(country)
                .map(hotline -> "report it to the INHOPE member hotline of " + country + " (" + hotline.displayName() + ")")
                .orElse("no INHOPE member hotline is known for " + country + ": report it to your national police for Interpol cooperation");
        return "hosted in " + country + ", not in " + homeCountry + "; this gateway only takes reports about content hosted in "
                + homeCountry + " from foreign hotlines: " + where;
    }
}
