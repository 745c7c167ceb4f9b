package be.hotline.gateway.pki;

/**
 * The partners the demo PKI issues client certificates for: one of each kind the gateway talks to,
 * so every route can be exercised locally under mutual TLS.
 */
public enum DemoPartner {

    NL_HOTLINE("nl-hotline", "CN=nl-hotline.demo,O=DEMO Meldpunt NL,C=NL",
            "a foreign INHOPE member hotline (Netherlands): sends reports about content hosted in Belgium,"
                    + " receives ours about content hosted in the Netherlands, and exchanges feedback"),
    DE_HOTLINE("de-hotline", "CN=de-hotline.demo,O=DEMO Hotline DE,C=DE",
            "a second foreign INHOPE member hotline (Germany), so routing between several hotlines can be tried"),
    POLICE_FCCU("police-fccu", "CN=fccu.police.demo,O=DEMO Federal Computer Crime Unit,C=BE",
            "the Federal Police (Federal Computer Crime Unit): receives reports about content hosted in Belgium"
                    + " or in countries without a member hotline, and sends case feedback"),
    CASE_MANAGEMENT("case-management", "CN=case-management.demo,O=DEMO Hotline BE case management,C=BE",
            "our own hotline's case-management system (the INTERNAL partner): submits analysed reports"
                    + " and follows what happened to them");

    private final String fileBaseName;
    private final String distinguishedName;
    private final String role;

    DemoPartner(String fileBaseName, String distinguishedName, String role) {
        this.fileBaseName = fileBaseName;
        this.distinguishedName = distinguishedName;
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
}
