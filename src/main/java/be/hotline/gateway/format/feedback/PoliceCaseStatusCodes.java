package be.hotline.gateway.format.feedback;

import be.hotline.gateway.feedback.FeedbackType;
import be.hotline.gateway.format.feedback.police.xml.CaseStatusCode;

/**
 * The police's case statuses as our feedback types. One way only: we read police feedback and never
 * write it. No default: a status the police add does not compile until it is mapped.
 */
final class PoliceCaseStatusCodes {

    private PoliceCaseStatusCodes() {
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
            case CASE_CLOSED -> FeedbackType.CLOSED;
        };
    }
}
