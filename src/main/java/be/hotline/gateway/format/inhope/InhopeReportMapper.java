package be.hotline.gateway.format.inhope;

import be.hotline.gateway.format.inhope.xml.AgeGroupCode;
import be.hotline.gateway.format.inhope.xml.AssessmentType;
import be.hotline.gateway.format.inhope.xml.ClassificationCode;
import be.hotline.gateway.format.inhope.xml.CommercialityCode;
import be.hotline.gateway.format.inhope.xml.ContentItemList;
import be.hotline.gateway.format.inhope.xml.ContentItemType;
import be.hotline.gateway.format.inhope.xml.ContentTypeCode;
import be.hotline.gateway.format.inhope.xml.DepictionCode;
import be.hotline.gateway.format.inhope.xml.GenderCode;
import be.hotline.gateway.format.inhope.xml.HashAlgorithmCode;
import be.hotline.gateway.format.inhope.xml.HashList;
import be.hotline.gateway.format.inhope.xml.HashType;
import be.hotline.gateway.format.inhope.xml.ReportType;
import be.hotline.gateway.format.inhope.xml.SiteTypeCode;
import be.hotline.gateway.report.Assessment;
import be.hotline.gateway.report.ContentHash;
import be.hotline.gateway.report.ContentItem;
import be.hotline.gateway.report.Report;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a validated domain {@link Report} into the INHOPE XML binding for sending to another
 * hotline. A {@code Report} carries no reporter, and this mapper never sets one.
 */
final class InhopeReportMapper {

    private InhopeReportMapper() {
    }

    static ReportType toXml(Report report) {
        ReportType xml = new ReportType();
        xml.setPartnerReference(report.partnerReference());
        xml.setFirstSeenAt(timestamp(report.firstSeenAt()));
        ContentItemList items = new ContentItemList();
        report.contentItems().forEach(item -> items.getItem().add(item(item)));
        xml.setContentItems(items);
        xml.setAssessment(assessment(report.assessment()));
        return xml;
    }

    private static ContentItemType item(ContentItem item) {
        ContentItemType xml = new ContentItemType();
        xml.setUrl(item.url());
        xml.setContentType(code(item.contentType(), ContentTypeCode::fromValue));
        xml.setHostingIp(item.hostingIp().orElse(null));
        xml.setHostingCountry(item.hostingCountry());
        xml.setAssignedCountry(item.assignedCountry().orElse(null));
        xml.setHostingProvider(item.hostingProvider().orElse(null));
        xml.setAsn(item.asn().orElse(null));
        xml.setFirstSeenAt(timestamp(item.firstSeenAt()));
        xml.setLastSeenAt(timestamp(item.lastSeenAt()));
        if (!item.hashes().isEmpty()) {
            HashList hashes = new HashList();
            item.hashes().forEach(hash -> hashes.getHash().add(hash(hash)));
            xml.setHashes(hashes);
        }
        return xml;
    }

    private static HashType hash(ContentHash hash) {
        HashType xml = new HashType();
        xml.setAlgorithm(code(hash.algorithm(), HashAlgorithmCode::fromValue));
        xml.setValue(hash.value());
        return xml;
    }

    private static AssessmentType assessment(Assessment a) {
        AssessmentType xml = new AssessmentType();
        xml.setClassification(code(a.classification(), ClassificationCode::fromValue));
        xml.setDepiction(code(a.depiction(), DepictionCode::fromValue));
        xml.setAgeGroup(code(a.ageGroup(), AgeGroupCode::fromValue));
        xml.setGender(code(a.gender(), GenderCode::fromValue));
        xml.setSiteType(code(a.siteType(), SiteTypeCode::fromValue));
        xml.setCommerciality(code(a.commerciality(), CommercialityCode::fromValue));
        xml.setUserGenerated(a.userGenerated());
        xml.setChildModelling(a.childModelling());
        return xml;
    }

    /** The schema's code lists are the domain enums' names, one to one. */
    private static <C> C code(Enum<?> value, Function<String, C> fromValue) {
        return value == null ? null : fromValue.apply(value.name());
    }

    /** UTC with a Z: the form every partner's xs:dateTime parser accepts. */
    private static String timestamp(Optional<Instant> instant) {
        return instant.map(DateTimeFormatter.ISO_INSTANT::format).orElse(null);
    }
}
