package be.hotline.gateway.format.police;

import be.hotline.gateway.delivery.OutboundReport;
import be.hotline.gateway.format.police.xml.HashList;
import be.hotline.gateway.format.police.xml.HashType;
import be.hotline.gateway.format.police.xml.LocationList;
import be.hotline.gateway.format.police.xml.LocationType;
import be.hotline.gateway.format.police.xml.OffenceType;
import be.hotline.gateway.format.police.xml.PlatformDescription;
import be.hotline.gateway.format.police.xml.ReferralType;
import be.hotline.gateway.report.Assessment;
import be.hotline.gateway.report.ContentHash;
import be.hotline.gateway.report.ContentItem;
import be.hotline.gateway.report.Report;

/**
 * Turns one delivery into the police referral binding, in the police's vocabulary.
 * {@link OutboundReport} carries no reporter, and the schema has no element for one.
 * Missing values are left missing: the writer's schema check then refuses the document.
 */
final class PoliceReferralMapper {

    private PoliceReferralMapper() {
    }

    /** @throws IllegalArgumentException for a HOTLINE_EXCHANGE delivery, which never goes to the police */
    static ReferralType toXml(OutboundReport message) {
        ReferralType xml = new ReferralType();
        xml.setReferralReason(PoliceCodes.referralReason(message.purpose()));
        xml.setMessageId(message.messageId());
        xml.setHotlineReference(message.reference());
        xml.setReceivedLocal(message.receivedAt() == null ? null : BrusselsTime.format(message.receivedAt()));
        xml.setOriginCountry(message.originCountry());
        Report report = message.report();
        xml.setOriginReference(report.partnerReference());
        xml.setFirstReportedLocal(BrusselsTime.format(report.firstSeenAt()));
        if (report.assessment() != null) {
            xml.setOffence(offence(report.assessment()));
            xml.setPlatform(platform(report.assessment()));
        }
        LocationList locations = new LocationList();
        report.contentItems().forEach(item -> locations.getLocation().add(location(item)));
        xml.setLocations(locations);
        return xml;
    }

    private static OffenceType offence(Assessment a) {
        OffenceType xml = new OffenceType();
        xml.setLegalQualification(PoliceCodes.LEGAL_QUALIFICATION.toPolice(a.classification()));
        xml.setVictimAgeCategory(PoliceCodes.VICTIM_AGE.toPolice(a.ageGroup()));
        xml.setVictimSex(PoliceCodes.VICTIM_SEX.toPolice(a.gender()));
        xml.setSyntheticMaterial(DepictionCodes.isSynthetic(a.depiction()));
        xml.setDepictedPerson(DepictionCodes.depictedPerson(a.depiction()));
        xml.setSelfGenerated(a.userGenerated());
        xml.setChildModelling(a.childModelling());
        return xml;
    }

    private static PlatformDescription platform(Assessment a) {
        PlatformDescription xml = new PlatformDescription();
        xml.setPlatformType(PoliceCodes.PLATFORM.toPolice(a.siteType()));
        xml.setCommercialActivity(PoliceCodes.COMMERCIAL_ACTIVITY.toPolice(a.commerciality()));
        return xml;
    }

    private static LocationType location(ContentItem item) {
        LocationType xml = new LocationType();
        xml.setUrl(item.url());
        xml.setMediaType(PoliceCodes.MEDIA_TYPE.toPolice(item.contentType()));
        xml.setIpAddress(item.hostingIp().orElse(null));
        xml.setHostingCountryCode(item.hostingCountry());
        xml.setAssignedCountryCode(item.assignedCountry().orElse(null));
        xml.setHostingCompany(item.hostingProvider().orElse(null));
        xml.setAutonomousSystem(item.asn().orElse(null));
        xml.setFirstObservedLocal(BrusselsTime.format(item.firstSeenAt()));
        xml.setLastObservedLocal(BrusselsTime.format(item.lastSeenAt()));
        if (!item.hashes().isEmpty()) {
            HashList hashes = new HashList();
            item.hashes().forEach(hash -> hashes.getHash().add(hash(hash)));
            xml.setHashes(hashes);
        }
        return xml;
    }

    private static HashType hash(ContentHash hash) {
        HashType xml = new HashType();
        xml.setType(PoliceCodes.HASH_TYPE.toPolice(hash.algorithm()));
        xml.setValue(hash.value());
        return xml;
    }
}
