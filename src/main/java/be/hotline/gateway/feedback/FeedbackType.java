package be.hotline.gateway.feedback;

import be.hotline.gateway.partner.PartnerKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a receiver tells us it did with a report we sent it. Hotlines and the police each have their own
 * set; ACKNOWLEDGED, CONTENT_REMOVED, MOVED and CLOSED are common to both. The stage orders the report's
 * lifecycle: news of a lower stage than the report has reached is recorded but does not move it back.
 */
public enum FeedbackType {
    ACKNOWLEDGED(Stage.ACKNOWLEDGED, Party.BOTH),
    FORWARDED_TO_LAW_ENFORCEMENT(Stage.IN_ACTION, Party.HOTLINE),
    NOTICE_SENT_TO_HOSTING_PROVIDER(Stage.IN_ACTION, Party.HOTLINE),
    CASE_OPENED(Stage.IN_ACTION, Party.POLICE),
    REFERRED_TO_PROSECUTOR(Stage.IN_ACTION, Party.POLICE),
    TAKEDOWN_ORDERED(Stage.IN_ACTION, Party.POLICE),
    FORWARDED_TO_INTERPOL(Stage.IN_ACTION, Party.POLICE),
    CONTENT_REMOVED(Stage.OUTCOME, Party.BOTH),
    CONTENT_NOT_FOUND(Stage.OUTCOME, Party.HOTLINE),
    NOT_ILLEGAL_IN_HOSTING_COUNTRY(Stage.OUTCOME, Party.HOTLINE),
    NO_FURTHER_ACTION(Stage.OUTCOME, Party.POLICE),
    /**
     * The content went to another country (or IP, or provider): the receiver's part in the item ends here, as with
     * CLOSED, and the item is routed again to whoever must act in its new country (routing-and-lifecycle.md, "Moved items").
     */
    MOVED(Stage.CLOSED, Party.BOTH),
    CLOSED(Stage.CLOSED, Party.BOTH);

    /** How far a receiver has taken a report, in order. */
    public enum Stage { DELIVERED, ACKNOWLEDGED, IN_ACTION, OUTCOME, CLOSED }

    private enum Party { HOTLINE, POLICE, BOTH }

    private final Stage stage;
    private final Party party;

    FeedbackType(Stage stage, Party party) {
        this.stage = stage;
        this.party = party;
    }

    public Stage stage() {
        return stage;
    }

    /** Whether a receiver of this kind may send this feedback (a hotline opens no police case). */
    public boolean allowedFrom(PartnerKind kind) {
        return switch (kind) {
            case HOTLINE -> party != Party.POLICE;
            case POLICE -> party != Party.HOTLINE;
            case INTERNAL -> false;
        };
    }

    /** The types a receiver of this kind may send, for error messages and docs. */
    public static Set<FeedbackType> allowedFor(PartnerKind kind) {
        Set<FeedbackType> allowed = EnumSet.noneOf(FeedbackType.class);
        for (FeedbackType type : values()) {
            if (type.allowedFrom(kind)) {
                allowed.add(type);
            }
        }
        return allowed;
    }
}
