package be.hotline.gateway.partner;

/** What a partner is to us; decides what it may send and see. */
public enum PartnerKind {
    /** A foreign INHOPE member hotline. */
    HOTLINE,
    /** A national police service (the Federal Computer Crime Unit, the central human-trafficking service). */
    POLICE,
    /** Our own hotline's case-management system. */
    INTERNAL
}
