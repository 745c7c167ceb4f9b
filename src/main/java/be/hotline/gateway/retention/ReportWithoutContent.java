package be.hotline.gateway.retention;

import be.hotline.gateway.intake.CanonicalJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * The canonical report JSON as retention leaves it: the report's own fields and assessment, and per item only what
 * is no content data (type, countries, times). Fields are kept by name, so a field added to the model later is
 * removed until someone decides it may stay. The URL is an empty string: the stored shape stays a readable report.
 */
public final class ReportWithoutContent {

    private static final Set<String> REPORT_FIELDS = Set.of("partnerReference", "firstSeenAt", "assessment", "contentItems");
    private static final Set<String> ITEM_FIELDS = Set.of("contentType", "hostingCountry", "assignedCountry", "firstSeenAt",
            "lastSeenAt");

    private ReportWithoutContent() {
    }

    public static String of(String reportJson) {
        try {
            ObjectNode report = (ObjectNode) CanonicalJson.mapper().readTree(reportJson);
            report.retain(REPORT_FIELDS);
            for (JsonNode item : report.path("contentItems")) {
                ((ObjectNode) item).retain(ITEM_FIELDS);
                ((ObjectNode) item).put("url", "");
                ((ObjectNode) item).putArray("hashes");
            }
            return CanonicalJson.write(CanonicalJson.mapper().treeToValue(report, Object.class));
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("stored report is not readable canonical JSON", e);
        }
    }
}
