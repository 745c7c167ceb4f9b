package be.hotline.gateway.partner;

/** What a partner is to us; decides what it may send and see. */
public enum PartnerKind {
    /** A foreign INHOPE member hotline. */
    HOTLINE,
    /** The national police (Federal Computer Crime Unit). */
    POLICE,
    /** Our own hotline's case-management system. */
    INTERNAL
}
