package be.hotline.gateway.dispatch;

/** Writes partner registry YAML for tests: demo client certificates, simulated partner servers. */
public final class TestRegistry {

    static final String DEMO_CA_DN = "CN=Hotline Exchange Gateway DEMO Root CA,O=DEMO ONLY - not for production,C=BE";

    /** The police roles of a registry's only police service: home-hosted content and the orphans (Interpol). */
    public static final String ONLY_POLICE_SERVICE = ", receives: [DOMESTIC], interpolContact: true";

    private final StringBuilder yaml = new StringBuilder("partners:\n");
    private final String demoCaFile;

    public TestRegistry(String demoCaFile) {
        this.demoCaFile = demoCaFile;
    }

    /** A partner that calls us; a hotline gets an outbound endpoint nobody listens on (routing requires one). */
    public TestRegistry caller(String id, String kind, String country, String subject) {
        String outbound = kind.equals("INTERNAL") ? ""
                : ",\n     outbound: {url: \"https://127.0.0.1:1/unused\", format: INHOPE_XML}";
        return add(id, kind, country, subject, outbound);
    }

    /** Our case management with a news endpoint: it is sent no reports, only news about its own, at feedbackUrl. */
    public TestRegistry newsReceiver(String id, String subject, String feedbackUrl, String serverCaFile) {
        return add(id, "INTERNAL", "BE", subject, ",\n     outbound: {feedbackUrl: \"%s\", trustedCas: [\"%s\"]}"
                .formatted(feedbackUrl, serverCaFile));
    }

    /** A partner we deliver to; {@code extraOutbound} is more YAML inside outbound, e.g. ", retry: {maxAttempts: 3}". */
    public TestRegistry receiver(String id, String kind, String country, String subject, String url, String format,
                                 String serverCaFile, String extraOutbound) {
        return receiver(id, kind, country, subject, url, format, serverCaFile, extraOutbound, "");
    }

    /** As above; {@code extraPartner} is more YAML on the partner itself, e.g. ", confidentialFeedback: [caseNumber]". */
    public TestRegistry receiver(String id, String kind, String country, String subject, String url, String format,
                                 String serverCaFile, String extraOutbound, String extraPartner) {
        return add(id, kind, country, subject, ",\n     outbound: {url: \"%s\", format: %s, trustedCas: [\"%s\"]%s}%s"
                .formatted(url, format, serverCaFile, extraOutbound, extraPartner));
    }

    public String yaml() {
        return yaml.toString();
    }

    private TestRegistry add(String id, String kind, String country, String subject, String outbound) {
        yaml.append("""
                  - {id: %s, name: %s, kind: %s, country: %s, trustedCas: ["%s"],
                     certificates: [{subject: "%s", issuer: "%s"}]%s}
                """.formatted(id, id, kind, country, demoCaFile, subject, DEMO_CA_DN, outbound));
        return this;
    }
}
