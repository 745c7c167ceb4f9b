package be.hotline.gateway.report;

import java.util.Optional;

/**
 * How to reach the citizen who reported, kept only so the hotline can tell them the follow-up.
 * Personal data: stored apart from the report, never logged, never in any outbound message.
 */
public record ReporterContact(Optional<String> name, Optional<String> email, Optional<String> phone) {

    @Override
    public String toString() {
        return "ReporterContact[redacted]";
    }
}
