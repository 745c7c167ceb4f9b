package be.hotline.gateway.report;

/** What kind of material a URL points at. */
public enum ContentType {
    IMAGE, VIDEO, WEBSITE, OTHER
}
