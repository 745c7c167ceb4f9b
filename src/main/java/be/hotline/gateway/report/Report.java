package be.hotline.gateway.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A validated report: metadata about abuse material, never the material itself.
 * The reporter's contact details travel separately (see {@link ReporterContact}) so that no
 * mapper that turns a report into an outbound message can reach them by accident.
 */
public record Report(
        String partnerReference,
        Optional<Instant> firstSeenAt,
        List<ContentItem> contentItems,
        Assessment assessment) {

    public Report {
        contentItems = List.copyOf(contentItems);
    }
}
