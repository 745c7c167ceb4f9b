package be.hotline.gateway.format.police;

import static java.util.Map.entry;

import be.hotline.gateway.delivery.DeliveryPurpose;
import be.hotline.gateway.format.police.xml.CommercialActivityCode;
import be.hotline.gateway.format.police.xml.HashTypeCode;
import be.hotline.gateway.format.police.xml.LegalQualificationCode;
import be.hotline.gateway.format.police.xml.MediaTypeCode;
import be.hotline.gateway.format.police.xml.PlatformTypeCode;
import be.hotline.gateway.format.police.xml.ReferralReasonCode;
import be.hotline.gateway.format.police.xml.VictimAgeCategoryCode;
import be.hotline.gateway.format.police.xml.VictimSexCode;
import be.hotline.gateway.report.AgeGroup;
import be.hotline.gateway.report.Classification;
import be.hotline.gateway.report.Commerciality;
import be.hotline.gateway.report.ContentType;
import be.hotline.gateway.report.Gender;
import be.hotline.gateway.report.HashAlgorithm;
import be.hotline.gateway.report.SiteType;
import java.util.Map;
import java.util.Objects;

/** Our codes in the police's vocabulary: every translation of the police referral, in one place. */
final class PoliceCodes {

    static final CodeTable<Classification, LegalQualificationCode> LEGAL_QUALIFICATION = new CodeTable<>(
            Classification.class, LegalQualificationCode.class, Map.ofEntries(
            entry(Classification.BASELINE, LegalQualificationCode.CSAM_INTERNATIONAL_BASELINE),
            entry(Classification.NATIONAL, LegalQualificationCode.CSAM_BELGIAN_LAW),
            entry(Classification.NOT_ILLEGAL, LegalQualificationCode.NOT_PUNISHABLE)));

    static final CodeTable<AgeGroup, VictimAgeCategoryCode> VICTIM_AGE = new CodeTable<>(
            AgeGroup.class, VictimAgeCategoryCode.class, Map.ofEntries(
            entry(AgeGroup.NOT_DETERMINED, VictimAgeCategoryCode.UNDETERMINED),
            entry(AgeGroup.INFANT, VictimAgeCategoryCode.INFANT_TODDLER),
            entry(AgeGroup.PREPUBESCENT, VictimAgeCategoryCode.PREPUBESCENT),
            entry(AgeGroup.PUBESCENT, VictimAgeCategoryCode.PUBESCENT)));

    static final CodeTable<Gender, VictimSexCode> VICTIM_SEX = new CodeTable<>(Gender.class, VictimSexCode.class, Map.ofEntries(
            entry(Gender.NOT_DETERMINED, VictimSexCode.UNDETERMINED),
            entry(Gender.FEMALE, VictimSexCode.FEMALE),
            entry(Gender.MALE, VictimSexCode.MALE),
            entry(Gender.BOTH, VictimSexCode.FEMALE_AND_MALE)));

    static final CodeTable<SiteType, PlatformTypeCode> PLATFORM = new CodeTable<>(SiteType.class, PlatformTypeCode.class, Map.ofEntries(
            entry(SiteType.WEBSITE, PlatformTypeCode.WEBSITE),
            entry(SiteType.FILE_HOST, PlatformTypeCode.FILE_HOSTING_SERVICE),
            entry(SiteType.IMAGE_STORE, PlatformTypeCode.IMAGE_STORE),
            entry(SiteType.IMAGE_BOARD, PlatformTypeCode.IMAGE_BOARD),
            entry(SiteType.FORUM, PlatformTypeCode.FORUM),
            entry(SiteType.BANNER_SITE, PlatformTypeCode.BANNER_SITE),
            entry(SiteType.LINK_SITE, PlatformTypeCode.LINK_LIST),
            entry(SiteType.SOCIAL_NETWORKING, PlatformTypeCode.SOCIAL_NETWORK),
            entry(SiteType.REDIRECTOR, PlatformTypeCode.REDIRECTOR),
            entry(SiteType.WEB_ARCHIVE, PlatformTypeCode.WEB_ARCHIVE),
            entry(SiteType.SEARCH_PROVIDER, PlatformTypeCode.SEARCH_ENGINE),
            entry(SiteType.IMAGE_HOST, PlatformTypeCode.IMAGE_HOSTING_SERVICE),
            entry(SiteType.BLOG, PlatformTypeCode.BLOG),
            entry(SiteType.NOT_APPLICABLE, PlatformTypeCode.NOT_APPLICABLE)));

    static final CodeTable<Commerciality, CommercialActivityCode> COMMERCIAL_ACTIVITY = new CodeTable<>(
            Commerciality.class, CommercialActivityCode.class, Map.ofEntries(
            entry(Commerciality.NOT_DETERMINED, CommercialActivityCode.UNDETERMINED),
            entry(Commerciality.COMMERCIAL, CommercialActivityCode.COMMERCIAL),
            entry(Commerciality.NON_COMMERCIAL, CommercialActivityCode.NON_COMMERCIAL)));

    static final CodeTable<ContentType, MediaTypeCode> MEDIA_TYPE = new CodeTable<>(ContentType.class, MediaTypeCode.class, Map.ofEntries(
            entry(ContentType.IMAGE, MediaTypeCode.STILL_IMAGE),
            entry(ContentType.VIDEO, MediaTypeCode.VIDEO),
            entry(ContentType.WEBSITE, MediaTypeCode.WEB_PAGE),
            entry(ContentType.OTHER, MediaTypeCode.OTHER)));

    static final CodeTable<HashAlgorithm, HashTypeCode> HASH_TYPE = new CodeTable<>(HashAlgorithm.class, HashTypeCode.class, Map.ofEntries(
            entry(HashAlgorithm.MD5, HashTypeCode.MD_5),
            entry(HashAlgorithm.SHA1, HashTypeCode.SHA_1),
            entry(HashAlgorithm.SHA256, HashTypeCode.SHA_256),
            entry(HashAlgorithm.PHOTODNA, HashTypeCode.PHOTO_DNA),
            entry(HashAlgorithm.PDQ, HashTypeCode.PDQ)));

    private PoliceCodes() {
    }

    /** @throws IllegalArgumentException for HOTLINE_EXCHANGE and FEEDBACK_RELAY: those go to a hotline, never to the police */
    static ReferralReasonCode referralReason(DeliveryPurpose purpose) {
        return switch (Objects.requireNonNull(purpose, "purpose")) {
            case DOMESTIC -> ReferralReasonCode.BELGIAN_HOSTING;
            case INTERPOL_COOPERATION -> ReferralReasonCode.INTERPOL_COOPERATION;
            case HOTLINE_EXCHANGE -> throw new IllegalArgumentException(
                    "a HOTLINE_EXCHANGE delivery goes to the hosting country's hotline and is never referred to the police");
            case FEEDBACK_RELAY -> throw new IllegalArgumentException(
                    "a FEEDBACK_RELAY carries news back to a hotline and is never referred to the police");
        };
    }

    static DeliveryPurpose purpose(ReferralReasonCode reason) {
        return switch (reason) {
            case BELGIAN_HOSTING -> DeliveryPurpose.DOMESTIC;
            case INTERPOL_COOPERATION -> DeliveryPurpose.INTERPOL_COOPERATION;
        };
    }
}
