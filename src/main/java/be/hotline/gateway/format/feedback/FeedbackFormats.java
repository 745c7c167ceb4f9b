package be.hotline.gateway.format.feedback;

import be.hotline.gateway.format.police.PoliceReferralWriter;
import be.hotline.gateway.partner.PartnerKind;
import java.util.List;
import java.util.Objects;

/**
 * Which feedback format to read from a receiver, and which relay format to write for an originator,
 * by the partner's kind and its outbound format name in the partner registry. Thread-safe.
 */
public final class FeedbackFormats {

    private final FeedbackReader json;
    private final FeedbackReader inhopeXml;
    private final FeedbackReader policeXml;
    private final List<RelayFormat> relays;

    public FeedbackFormats(FeedbackReader json, FeedbackReader inhopeXml, FeedbackReader policeXml, List<? extends RelayFormat> relays) {
        this.json = Objects.requireNonNull(json);
        this.inhopeXml = Objects.requireNonNull(inhopeXml);
        this.policeXml = Objects.requireNonNull(policeXml);
        this.relays = List.copyOf(relays);
    }

    /** Every format with the schemas the gateway ships; each XSD is compiled once and shared. */
    public static FeedbackFormats fromClasspath() {
        return new FeedbackFormats(new JsonFeedbackReader(), InhopeFeedbackXmlReader.fromClasspath(),
                PoliceCaseFeedbackXmlReader.fromClasspath(),
                List.of(new JsonRelayFormat(), InhopeXmlRelayFormat.fromClasspath(), new CaseManagementNewsFormat()));
    }

    /**
     * JSON for every partner whose format is JSON; for XML (INHOPE_XML, POLICE_XML), the police's
     * XML is police case feedback and a hotline's is INHOPE feedback, whichever XML name it is registered with.
     *
     * @throws IllegalArgumentException for an unknown format name, or XML from an INTERNAL partner
     */
    public FeedbackReader reader(PartnerKind kind, String outboundFormat) {
        Objects.requireNonNull(kind);
        if (JsonRelayFormat.NAME.equals(outboundFormat)) {
            return json;
        }
        if (!InhopeXmlRelayFormat.NAME.equals(outboundFormat) && !PoliceReferralWriter.NAME.equals(outboundFormat)) {
            throw new IllegalArgumentException("no feedback format for outbound format '" + outboundFormat
                    + "'; known: JSON, INHOPE_XML, POLICE_XML");
        }
        return switch (kind) {
            case POLICE -> policeXml;
            case HOTLINE -> inhopeXml;
            case INTERNAL -> throw new IllegalArgumentException("our own case system sends no feedback in XML");
        };
    }

    /** Every relay format, in the order given: what a test iterates to cover them all, present and future. */
    public List<RelayFormat> relayFormats() {
        return relays;
    }

    /**
     * The relay format for an originator, by its outbound format name.
     *
     * @throws IllegalArgumentException for POLICE_XML (the police never originate a report, so never
     *                                  get relays) and for an unknown name
     */
    public RelayFormat relayFormat(String originatorFormat) {
        if (PoliceReferralWriter.NAME.equals(originatorFormat)) {
            throw new IllegalArgumentException("an originator with outbound format POLICE_XML never gets relays:"
                    + " the police originate no reports; relays go out as JSON or INHOPE_XML");
        }
        return relays.stream().filter(format -> format.name().equals(originatorFormat)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no relay format named '" + originatorFormat
                        + "'; known: " + relays.stream().map(RelayFormat::name).toList()));
    }
}
