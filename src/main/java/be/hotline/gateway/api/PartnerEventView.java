package be.hotline.gateway.api;

import be.hotline.gateway.report.ReportEventType;
import be.hotline.gateway.store.ReportEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report event as a sending partner reads it (docs/api/routing-and-lifecycle.md, "What a sending partner
 * sees"): never another partner's id, a message id that is not the reader's own, an internal delivery id or an
 * operator's words. The detail is rebuilt from what is safe to say, never passed through: the actor is the
 * reader's own id, {@code gateway}, {@code receiver} or {@code hotline-ops}.
 */
final class PartnerEventView {

    static final String RECEIVER = "receiver";
    static final String OPS = "hotline-ops";
    private static final Pattern ROUTED = Pattern.compile("to \\S+ \\((\\w+)\\) items (\\[[0-9, ]*\\])");
    private static final Pattern MOVED = Pattern.compile("(item \\d+ moved from [A-Z]{2} to [A-Z]{2} \\(move \\d+)[^)]*\\);.*");
    private static final Pattern OVERDUE = Pattern.compile("\\S+ (has not acknowledged it; due \\S+)");

    private PartnerEventView() {
    }

    static Map<String, Object> forSender(ReportEvent event, String reader) {
        String actor = actor(event.actor(), reader);
        return event(event.occurredAt(), event.type(), actor, detail(event, reader));
    }

    static Map<String, Object> event(Instant at, String type, String actor, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("at", at.toString());
        body.put("type", type);
        body.put("actor", actor);
        if (detail != null) {
            body.put("detail", detail);
        }
        return body;
    }

    private static String actor(String recorded, String reader) {
        if (recorded.equals(reader) || recorded.equals("gateway")) {
            return recorded;
        }
        return recorded.startsWith("ops:") ? OPS : RECEIVER;
    }

    private static String detail(ReportEvent event, String reader) {
        String detail = event.detail();
        ReportEventType type = known(event.type());
        if (detail == null || type == null) {
            return null;
        }
        return switch (type) {
            // NOT_FORWARDED: the gateway's own words on why nobody got it, naming no partner.
            case RECEIVED, STATUS_CHANGED, NOT_FORWARDED -> detail;
            case ROUTED -> rewritten(ROUTED, detail, "%s items %s");
            case ACK_OVERDUE -> rewritten(OVERDUE, detail, "a receiver %s");
            // Its own relay's outcome names the reader and its own message id: worth knowing, nobody else's.
            case DELIVERED, DELIVERY_DEAD, RELAY_QUEUED -> mentionsOnly(detail, reader) ? detail : null;
            case FEEDBACK -> detail;
            // Where the item went, never who reported it or who has it now (the ROUTED event says to what kind of receiver).
            case ITEM_MOVED -> rewritten(MOVED, detail, "%s)");
            case MOVE_LIMIT_REACHED -> rewritten(MOVED, detail, "%s); not sent again");
            case OPS_RETRY -> "a delivery was queued again by the hotline's operations team";
            case OPS_CANCELLED -> "a delivery was cancelled by the hotline's operations team";
            case REDELIVERY_REQUESTED -> "a receiver asked for its message again";
            // Retention: that it happened and under which rule; the detail names no value (and no hash of one).
            case REPORTER_CONTACT_PURGED -> "the reporter's contact details were removed under the hotline's retention rules";
            case CONTENT_PURGED -> "the content data (URLs, hashes, hosting data) was removed under the hotline's retention rules";
            default -> null;
        };
    }

    /** The relay details start with (or end with) the partner they concern; only the reader's own pass. */
    private static boolean mentionsOnly(String detail, String reader) {
        return detail.startsWith(reader + " message ") || detail.endsWith(" to " + reader);
    }

    private static String rewritten(Pattern pattern, String detail, String format) {
        Matcher matcher = pattern.matcher(detail);
        if (!matcher.matches()) {
            return null;
        }
        Object[] groups = new Object[matcher.groupCount()];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = matcher.group(i + 1);
        }
        return String.format(format, groups);
    }

    private static ReportEventType known(String type) {
        try {
            return ReportEventType.valueOf(type);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
