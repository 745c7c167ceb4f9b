package be.hotline.gateway.format.feedback;

/**
 * Where each feedback field sits in one format, as JSON pointers, so a refusal names the field as
 * the partner wrote it.
 */
record FieldNames(String feedbackId, String type, String occurredAt, String receiverReference,
                  String caseNumber, String removedAt, String note, String reason, String items, String newHostingCountry,
                  String newHostingIp, String newHostingProvider) {

    /** This format's pointer for a field given by its canonical pointer; a pointer no format renames stays. */
    String of(String canonical) {
        if (canonical.startsWith("/items/")) {
            return items + canonical.substring("/items".length());
        }
        return switch (canonical) {
            case "/feedbackId" -> feedbackId;
            case "/type" -> type;
            case "/occurredAt" -> occurredAt;
            case "/receiverReference" -> receiverReference;
            case "/caseNumber" -> caseNumber;
            case "/removedAt" -> removedAt;
            case "/note" -> note;
            case "/reason" -> reason;
            case "/items" -> items;
            case "/newHostingCountry" -> newHostingCountry;
            case "/newHostingIp" -> newHostingIp;
            case "/newHostingProvider" -> newHostingProvider;
            default -> canonical;
        };
    }

    /** Canonical JSON, and INHOPE XML, whose element names are the same. */
    static final FieldNames CANONICAL = new FieldNames("/feedbackId", "/type", "/occurredAt", "/receiverReference",
            "/caseNumber", "/removedAt", "/note", "/reason", "/items",
            "/newHostingCountry", "/newHostingIp", "/newHostingProvider");

    static final FieldNames POLICE = new FieldNames("/FeedbackId", "/CaseStatus", "/StatusDateLocal", "/PoliceReference",
            "/PvNumber", "/RemovalDateLocal", "/Remark", "/Reason", "/Items",
            "/NewHostingCountry", "/NewHostingIp", "/NewHostingProvider");
}
