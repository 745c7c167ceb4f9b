package be.hotline.gateway.ops;

import be.hotline.gateway.retention.RetentionRun;
import be.hotline.gateway.store.OpsAudit;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;

/**
 * POST /ops/api/retention/run[?dryRun=true] ({@code gateway retention run [--dry-run]}): a retention run now, as the
 * daily route runs it; a dry run lists what would go and changes nothing. A real run is audited (counts only).
 */
public final class RetentionEndpoint {

    private final RetentionRun retention;
    private final OpsAudit audit;
    private final Clock clock;

    public RetentionEndpoint(RetentionRun retention, OpsAudit audit, Clock clock) {
        this.retention = retention;
        this.audit = audit;
        this.clock = clock;
    }

    public void run(Exchange exchange) throws SQLException {
        String dryRun = OpsHttp.query(exchange, "dryRun");
        if (dryRun != null && !dryRun.equals("true") && !dryRun.equals("false")) {
            throw OpsProblem.badRequest("dryRun must be true or false, or left out (false).");
        }
        boolean dry = "true".equals(dryRun);
        Map<String, Object> answer = retention.run(dry);
        if (!dry) {
            audit.record(new OpsAudit.Entry(clock.instant(), OpsAuthenticator.userOf(exchange), "RETENTION_RUN", "retention",
                    counts(answer)));
        }
        OpsHttp.json(exchange, 200, answer);
    }

    @SuppressWarnings("unchecked")
    private static String counts(Map<String, Object> answer) {
        StringBuilder counts = new StringBuilder();
        for (Map<String, Object> section : (List<Map<String, Object>>) answer.get("dataClasses")) {
            counts.append(counts.isEmpty() ? "" : ", ").append(section.get("dataClass")).append(": ").append(section.get("count"));
        }
        return counts.toString();
    }
}
