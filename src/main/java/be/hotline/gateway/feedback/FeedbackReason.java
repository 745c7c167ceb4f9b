package be.hotline.gateway.feedback;

import java.util.EnumSet;
import java.util.Set;

/**
 * Why content was UNAVAILABLE (CONTENT_NOT_FOUND) or NOT_ILLEGAL (NOT_ILLEGAL_IN_HOSTING_COUNTRY), as the network
 * names its reasons. Each reason belongs to those types only; OTHER to both. A reason left out is taken as OTHER
 * (docs/api/routing-and-lifecycle.md, "Item outcomes"): feedback sent before reasons existed stays valid.
 */
public enum FeedbackReason {
    CONTENT_NOT_FOUND(FeedbackType.CONTENT_NOT_FOUND),
    SITE_DOWN_OR_404(FeedbackType.CONTENT_NOT_FOUND),
    PASSWORD_PROTECTED(FeedbackType.CONTENT_NOT_FOUND),
    ADULT(FeedbackType.NOT_ILLEGAL_IN_HOSTING_COUNTRY),
    AGE_ABOVE_NATIONAL_THRESHOLD(FeedbackType.NOT_ILLEGAL_IN_HOSTING_COUNTRY),
    VIRTUAL_NOT_ILLEGAL_THERE(FeedbackType.NOT_ILLEGAL_IN_HOSTING_COUNTRY),
    OTHER(FeedbackType.CONTENT_NOT_FOUND, FeedbackType.NOT_ILLEGAL_IN_HOSTING_COUNTRY);

    private final Set<FeedbackType> types;

    FeedbackReason(FeedbackType first, FeedbackType... rest) {
        this.types = EnumSet.of(first, rest);
    }

    /** Whether this reason may go with this type. */
    public boolean fits(FeedbackType type) {
        return types.contains(type);
    }

    /** Whether feedback of this type carries a reason at all. */
    public static boolean isExplained(FeedbackType type) {
        return OTHER.fits(type);
    }

    /** The reasons that go with a type, for refusals. */
    public static Set<FeedbackReason> allowedFor(FeedbackType type) {
        Set<FeedbackReason> allowed = EnumSet.noneOf(FeedbackReason.class);
        for (FeedbackReason reason : values()) {
            if (reason.fits(type)) {
                allowed.add(reason);
            }
        }
        return allowed;
    }
}
