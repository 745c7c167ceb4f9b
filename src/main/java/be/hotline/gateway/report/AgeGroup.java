package be.hotline.gateway.report;

/** Apparent age group of the victims. */
public enum AgeGroup {
    NOT_DETERMINED, INFANT, PREPUBESCENT, PUBESCENT
}
