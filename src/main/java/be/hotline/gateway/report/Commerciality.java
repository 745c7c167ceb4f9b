package be.hotline.gateway.report;

/** Whether the site sells the material. */
public enum Commerciality {
    NOT_DETERMINED, COMMERCIAL, NON_COMMERCIAL
}
