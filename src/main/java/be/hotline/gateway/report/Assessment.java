package be.hotline.gateway.report;

/** The analyst's assessment of the reported material. */
public record Assessment(
        Classification classification,
        Depiction depiction,
        AgeGroup ageGroup,
        Gender gender,
        SiteType siteType,
        Commerciality commerciality,
        boolean userGenerated,
        boolean childModelling) {
}
