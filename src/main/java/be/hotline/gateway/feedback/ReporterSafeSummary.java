package be.hotline.gateway.feedback;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * One sentence our case management can pass on to the person who reported: what happened, never who did it,
 * never a case number, a remark or a partner's name. Dates are Brussels calendar dates, as the reporter lives them.
 */
public final class ReporterSafeSummary {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private ReporterSafeSummary() {
    }

    public static String of(RelayedFeedback news) {
        return which(news.items()) + what(news) + ".";
    }

    private static String which(List<Integer> items) {
        return items.size() == 1 ? "1 reported address: " : items.size() + " reported addresses: ";
    }

    private static String what(RelayedFeedback news) {
        return switch (news.type()) {
            case ACKNOWLEDGED -> "received by the organisation that must act on it";
            case FORWARDED_TO_LAW_ENFORCEMENT -> "passed to the police where the material is hosted";
            case NOTICE_SENT_TO_HOSTING_PROVIDER -> "the hosting provider was asked to remove the material";
            case CASE_OPENED -> "the police opened an investigation";
            case REFERRED_TO_PROSECUTOR -> "the case was referred to the public prosecutor";
            case TAKEDOWN_ORDERED -> "the police ordered the material to be taken down";
            case FORWARDED_TO_INTERPOL -> "passed through Interpol to the police where the material is hosted";
            case CONTENT_REMOVED -> news.removedAt().map(at -> "the material was removed on " + LocalDate.ofInstant(at, BRUSSELS))
                    .orElse("the material was removed");
            case CONTENT_NOT_FOUND -> "the material could no longer be found" + news.reason().map(ReporterSafeSummary::why).orElse("");
            case NOT_ILLEGAL_IN_HOSTING_COUNTRY -> "the material is not illegal where it is hosted"
                    + news.reason().map(ReporterSafeSummary::why).orElse("");
            case NO_FURTHER_ACTION -> "the police closed the matter without further action";
            case MOVED -> "the material moved to another host; it is followed up where it is now";
            case CLOSED -> "the follow-up is complete";
        };
    }

    private static String why(FeedbackReason reason) {
        return switch (reason) {
            case CONTENT_NOT_FOUND -> " (not found at the address)";
            case SITE_DOWN_OR_404 -> " (the site is down or the page is gone)";
            case PASSWORD_PROTECTED -> " (behind a password)";
            case ADULT -> " (the person shown is an adult)";
            case AGE_ABOVE_NATIONAL_THRESHOLD -> " (above that country's age threshold)";
            case VIRTUAL_NOT_ILLEGAL_THERE -> " (virtual material, not illegal in that country)";
            case OTHER -> "";
        };
    }
}
