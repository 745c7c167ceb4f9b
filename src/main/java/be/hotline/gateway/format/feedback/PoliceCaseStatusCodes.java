package be.hotline.gateway.format.feedback;

import be.hotline.gateway.feedback.FeedbackType;
import be.hotline.gateway.format.feedback.police.xml.CaseStatusCode;
import java.util.Arrays;

/**
 * The police's case statuses as our feedback types. One way only: we read police feedback and never
 * write it. No default: a status the police add does not compile until it is mapped.
 */
final class PoliceCaseStatusCodes {

    private PoliceCaseStatusCodes() {
    }

    /** The police's status for a type, for refusals in the police's words; a type they have no status for by its name. */
    static String toCode(FeedbackType type) {
        return Arrays.stream(CaseStatusCode.values()).filter(status -> toType(status) == type).findFirst()
                .map(CaseStatusCode::value).orElse(type.name());
    }

    static FeedbackType toType(CaseStatusCode status) {
        return switch (status) {
            case RECEIVED -> FeedbackType.ACKNOWLEDGED;
            case PV_OPENED -> FeedbackType.CASE_OPENED;
            case SENT_TO_PUBLIC_PROSECUTOR -> FeedbackType.REFERRED_TO_PROSECUTOR;
            case TAKEDOWN_ORDER_ISSUED -> FeedbackType.TAKEDOWN_ORDERED;
            case CONTENT_OFFLINE -> FeedbackType.CONTENT_REMOVED;
            case SENT_VIA_INTERPOL -> FeedbackType.FORWARDED_TO_INTERPOL;
            case NO_FURTHER_ACTION -> FeedbackType.NO_FURTHER_ACTION;
            case CONTENT_MOVED -> FeedbackType.MOVED;
            case CASE_CLOSED -> FeedbackType.CLOSED;
        };
    }
}
