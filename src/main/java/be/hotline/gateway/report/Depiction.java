package be.hotline.gateway.report;

/** Who is depicted; VIRTUAL is realistic computer-generated material of a non-existent child. */
public enum Depiction {
    REAL_CHILD, APPEARS_TO_BE_CHILD, VIRTUAL, NOT_DETERMINED
}
