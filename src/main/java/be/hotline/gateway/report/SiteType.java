package be.hotline.gateway.report;

/** Kind of site hosting the material, in the network's codes. */
public enum SiteType {
    WEBSITE, FILE_HOST, IMAGE_STORE, IMAGE_BOARD, FORUM, BANNER_SITE, LINK_SITE, SOCIAL_NETWORKING, REDIRECTOR, WEB_ARCHIVE, SEARCH_PROVIDER, IMAGE_HOST, BLOG, NOT_APPLICABLE
}
