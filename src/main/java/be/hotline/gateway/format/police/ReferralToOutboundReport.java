package be.hotline.gateway.format.police;

import be.hotline.gateway.delivery.OutboundReport;
import be.hotline.gateway.format.police.xml.HashList;
import be.hotline.gateway.format.police.xml.LocationType;
import be.hotline.gateway.format.police.xml.OffenceType;
import be.hotline.gateway.format.police.xml.PlatformDescription;
import be.hotline.gateway.format.police.xml.ReferralType;
import be.hotline.gateway.report.Assessment;
import be.hotline.gateway.report.ContentHash;
import be.hotline.gateway.report.ContentItem;
import be.hotline.gateway.report.Report;
import java.util.List;
import java.util.Optional;

/** The reverse of {@link PoliceReferralMapper}: a schema-valid referral back in our own terms. */
final class ReferralToOutboundReport {

    private ReferralToOutboundReport() {
    }

    /** @throws IllegalArgumentException if the referral says synthetic material shows a real or apparent child */
    static OutboundReport map(ReferralType xml) {
        Report report = new Report(
                xml.getOriginReference(),
                BrusselsTime.parseOptional(xml.getFirstReportedLocal()),
                xml.getLocations().getLocation().stream().map(ReferralToOutboundReport::contentItem).toList(),
                assessment(xml.getOffence(), xml.getPlatform()));
        return new OutboundReport(xml.getMessageId(), xml.getHotlineReference(), BrusselsTime.parse(xml.getReceivedLocal()),
                xml.getOriginCountry(), PoliceCodes.purpose(xml.getReferralReason()), report);
    }

    private static Assessment assessment(OffenceType offence, PlatformDescription platform) {
        return new Assessment(
                PoliceCodes.LEGAL_QUALIFICATION.toDomain(offence.getLegalQualification()),
                DepictionCodes.depiction(offence.isSyntheticMaterial(), offence.getDepictedPerson()),
                PoliceCodes.VICTIM_AGE.toDomain(offence.getVictimAgeCategory()),
                PoliceCodes.VICTIM_SEX.toDomain(offence.getVictimSex()),
                PoliceCodes.PLATFORM.toDomain(platform.getPlatformType()),
                PoliceCodes.COMMERCIAL_ACTIVITY.toDomain(platform.getCommercialActivity()),
                offence.isSelfGenerated(),
                offence.isChildModelling());
    }

    private static ContentItem contentItem(LocationType location) {
        return new ContentItem(
                location.getUrl(),
                PoliceCodes.MEDIA_TYPE.toDomain(location.getMediaType()),
                Optional.ofNullable(location.getIpAddress()),
                location.getHostingCountryCode(),
                Optional.ofNullable(location.getHostingCompany()),
                Optional.ofNullable(location.getAutonomousSystem()),
                BrusselsTime.parseOptional(location.getFirstObservedLocal()),
                BrusselsTime.parseOptional(location.getLastObservedLocal()),
                hashes(location.getHashes()), Optional.ofNullable(location.getAssignedCountryCode()));
    }

    private static List<ContentHash> hashes(HashList hashes) {
        return hashes == null ? List.of() : hashes.getHash().stream()
                .map(hash -> new ContentHash(PoliceCodes.HASH_TYPE.toDomain(hash.getType()), hash.getValue()))
                .toList();
    }
}
