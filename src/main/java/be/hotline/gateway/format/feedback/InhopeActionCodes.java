package be.hotline.gateway.format.feedback;

import be.hotline.gateway.feedback.FeedbackType;
import be.hotline.gateway.format.feedback.inhope.xml.ActionCode;

/**
 * Our feedback types as the hotline network's action codes, one to one both ways. The switches have
 * no default: a type or code added on either side does not compile until it is mapped.
 */
final class InhopeActionCodes {

    private InhopeActionCodes() {
    }

    static ActionCode toCode(FeedbackType type) {
        return switch (type) {
            case ACKNOWLEDGED -> ActionCode.ACKNOWLEDGED;
            case FORWARDED_TO_LAW_ENFORCEMENT -> ActionCode.REPORTED_TO_LEA;
            case NOTICE_SENT_TO_HOSTING_PROVIDER -> ActionCode.REPORTED_TO_ISP;
            case CONTENT_REMOVED -> ActionCode.REMOVED;
            case CONTENT_NOT_FOUND -> ActionCode.UNAVAILABLE;
            case NOT_ILLEGAL_IN_HOSTING_COUNTRY -> ActionCode.NOT_ILLEGAL;
            case CASE_OPENED -> ActionCode.LEA_CASE_OPENED;
            case REFERRED_TO_PROSECUTOR -> ActionCode.LEA_REFERRED_TO_PROSECUTOR;
            case TAKEDOWN_ORDERED -> ActionCode.LEA_TAKEDOWN_ORDERED;
            case FORWARDED_TO_INTERPOL -> ActionCode.LEA_FORWARDED_TO_INTERPOL;
            case NO_FURTHER_ACTION -> ActionCode.LEA_NO_FURTHER_ACTION;
            case MOVED -> ActionCode.MOVED;
            case CLOSED -> ActionCode.CLOSED;
        };
    }

    static FeedbackType toType(ActionCode code) {
        return switch (code) {
            case ACKNOWLEDGED -> FeedbackType.ACKNOWLEDGED;
            case REPORTED_TO_LEA -> FeedbackType.FORWARDED_TO_LAW_ENFORCEMENT;
            case REPORTED_TO_ISP -> FeedbackType.NOTICE_SENT_TO_HOSTING_PROVIDER;
            case REMOVED -> FeedbackType.CONTENT_REMOVED;
            case UNAVAILABLE -> FeedbackType.CONTENT_NOT_FOUND;
            case NOT_ILLEGAL -> FeedbackType.NOT_ILLEGAL_IN_HOSTING_COUNTRY;
            case LEA_CASE_OPENED -> FeedbackType.CASE_OPENED;
            case LEA_REFERRED_TO_PROSECUTOR -> FeedbackType.REFERRED_TO_PROSECUTOR;
            case LEA_TAKEDOWN_ORDERED -> FeedbackType.TAKEDOWN_ORDERED;
            case LEA_FORWARDED_TO_INTERPOL -> FeedbackType.FORWARDED_TO_INTERPOL;
            case LEA_NO_FURTHER_ACTION -> FeedbackType.NO_FURTHER_ACTION;
            case MOVED -> FeedbackType.MOVED;
            case CLOSED -> FeedbackType.CLOSED;
        };
    }
}
