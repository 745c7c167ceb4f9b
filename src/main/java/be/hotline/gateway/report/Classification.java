package be.hotline.gateway.report;

/** Legal classification, as used across the INHOPE network. */
public enum Classification {
    BASELINE, NATIONAL, NOT_ILLEGAL
}
