package be.hotline.gateway.format.feedback;

import be.hotline.gateway.feedback.FeedbackReason;
import be.hotline.gateway.format.feedback.inhope.xml.ReasonCode;

/**
 * Our reasons as the hotline network's reason codes, one to one both ways. No default: a reason or code added on
 * either side does not compile until it is mapped.
 */
final class InhopeReasonCodes {

    private InhopeReasonCodes() {
    }

    static ReasonCode toCode(FeedbackReason reason) {
        return switch (reason) {
            case CONTENT_NOT_FOUND -> ReasonCode.NOT_FOUND;
            case SITE_DOWN_OR_404 -> ReasonCode.SITE_DOWN_404;
            case PASSWORD_PROTECTED -> ReasonCode.PASSWORD_PROTECTED;
            case ADULT -> ReasonCode.ADULT;
            case AGE_ABOVE_NATIONAL_THRESHOLD -> ReasonCode.OVER_AGE_THRESHOLD;
            case VIRTUAL_NOT_ILLEGAL_THERE -> ReasonCode.VIRTUAL_LEGAL;
            case OTHER -> ReasonCode.OTHER;
        };
    }

    static FeedbackReason toReason(ReasonCode code) {
        return switch (code) {
            case NOT_FOUND -> FeedbackReason.CONTENT_NOT_FOUND;
            case SITE_DOWN_404 -> FeedbackReason.SITE_DOWN_OR_404;
            case PASSWORD_PROTECTED -> FeedbackReason.PASSWORD_PROTECTED;
            case ADULT -> FeedbackReason.ADULT;
            case OVER_AGE_THRESHOLD -> FeedbackReason.AGE_ABOVE_NATIONAL_THRESHOLD;
            case VIRTUAL_LEGAL -> FeedbackReason.VIRTUAL_NOT_ILLEGAL_THERE;
            case OTHER -> FeedbackReason.OTHER;
        };
    }
}
