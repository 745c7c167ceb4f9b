package be.hotline.gateway.report;

/** Apparent gender of the victims. */
public enum Gender {
    NOT_DETERMINED, FEMALE, MALE, BOTH
}
