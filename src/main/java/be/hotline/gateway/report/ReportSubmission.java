package be.hotline.gateway.report;

import java.util.List;

/**
 * A report exactly as a partner sent it, every value still a string, before validation.
 * Both the JSON and the INHOPE XML readers produce this, so one validator serves every format.
 */
public record ReportSubmission(
        String partnerReference,
        String firstSeenAt,
        List<Item> contentItems,
        AssessmentFields assessment,
        ReporterFields reporter) {

    public record Item(
            String url,
            String contentType,
            String hostingIp,
            String hostingCountry,
            String hostingProvider,
            String asn,
            String firstSeenAt,
            String lastSeenAt,
            List<HashFields> hashes) {
    }

    public record HashFields(String algorithm, String value) {
    }

    public record AssessmentFields(
            String classification,
            String depiction,
            String ageGroup,
            String gender,
            String siteType,
            String commerciality,
            Boolean userGenerated,
            Boolean childModelling) {
    }

    /** Only present when the reporter chose to leave contact details; never leaves the gateway. */
    public record ReporterFields(String name, String email, String phone) {

        @Override
        public String toString() {
            return "ReporterFields[redacted]";
        }
    }
}
