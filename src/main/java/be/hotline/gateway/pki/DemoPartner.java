package be.hotline.gateway.pki;

/**
 * The partners the demo PKI issues client certificates for: at least one of each kind the gateway talks to
 * (two hotlines, two police services), so every route can be exercised locally under mutual TLS. Those that receive deliveries (an
 * {@code outbound} in config/partners.yaml) also get a CA of their own and a server certificate from it,
 * as a real receiver brings its own PKI, so a receiving endpoint can be tried locally too.
 */
public enum DemoPartner {

    NL_HOTLINE("nl-hotline", "CN=nl-hotline.demo,O=DEMO Meldpunt NL,C=NL", true,
            "a foreign INHOPE member hotline (Netherlands): sends reports about content hosted in Belgium,"
                    + " receives ours about content hosted in the Netherlands, and exchanges feedback"),
    DE_HOTLINE("de-hotline", "CN=de-hotline.demo,O=DEMO Hotline DE,C=DE", true,
            "a second foreign INHOPE member hotline (Germany), so routing between several hotlines can be tried"),
    POLICE_FCCU("police-fccu", "CN=fccu.police.demo,O=DEMO Federal Computer Crime Unit,C=BE", true,
            "the Federal Police (Federal Computer Crime Unit): receives reports about content hosted in Belgium"
                    + " and, as the Interpol contact, those about countries without a member hotline; sends case feedback"),
    POLICE_THB("police-thb", "CN=thb.police.demo,O=DEMO Central Human Trafficking Service,C=BE", true,
            "the Federal Police's central human-trafficking service: a second police service that receives its own"
                    + " delivery of every report about content hosted in Belgium, and sends case feedback"),
    CASE_MANAGEMENT("case-management", "CN=case-management.demo,O=DEMO Hotline BE case management,C=BE", false,
            "our own hotline's case-management system (the INTERNAL partner): submits analysed reports"
                    + " and follows what happened to them");

    private final String fileBaseName;
    private final String distinguishedName;
    private final boolean receivesDeliveries;
    private final String role;

    DemoPartner(String fileBaseName, String distinguishedName, boolean receivesDeliveries, String role) {
        this.fileBaseName = fileBaseName;
        this.distinguishedName = distinguishedName;
        this.receivesDeliveries = receivesDeliveries;
        this.role = role;
    }

    /** Base name of the partner's files under {@code partners/} and its alias in the .p12 file. */
    public String fileBaseName() {
        return fileBaseName;
    }

    public String distinguishedName() {
        return distinguishedName;
    }

    /** Which real party this demo certificate stands for, in words for the README. */
    public String role() {
        return role;
    }

    /** Whether the gateway delivers to this partner, so it needs a server certificate (and a CA for it). */
    public boolean receivesDeliveries() {
        return receivesDeliveries;
    }

    /** Base name of its server files under {@code partners/} and their alias in the .p12 file. */
    public String serverFileBaseName() {
        return fileBaseName + "-server";
    }

    /** Its own demo CA, which issues its server certificate: same organisation as its client certificate. */
    public String serverCaDistinguishedName() {
        return "CN=" + fileBaseName + " DEMO Server CA," + organisation();
    }

    /** Its receiving server, reachable as localhost in the demo (the name is in the SANs as well). */
    public String serverDistinguishedName() {
        return "CN=localhost," + organisation();
    }

    /** The distinguished name without its CN, e.g. "O=DEMO Meldpunt NL,C=NL". */
    private String organisation() {
        return distinguishedName.substring(distinguishedName.indexOf(',') + 1);
    }
}
