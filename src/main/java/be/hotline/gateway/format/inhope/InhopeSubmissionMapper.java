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
import be.hotline.gateway.format.inhope.xml.ReportType;
import be.hotline.gateway.format.inhope.xml.ReporterType;
import be.hotline.gateway.format.inhope.xml.SiteTypeCode;
import be.hotline.gateway.report.ReportSubmission;
import java.util.List;
import java.util.function.Function;

/**
 * Copies a schema-valid INHOPE XML report into the format-neutral {@link ReportSubmission},
 * values as written (codes by their name, timestamps as their text), so that the one shared
 * validator applies the business rules to every format alike.
 */
final class InhopeSubmissionMapper {

    private InhopeSubmissionMapper() {
    }

    static ReportSubmission toSubmission(ReportType xml) {
        return new ReportSubmission(
                text(xml.getPartnerReference()),
                text(xml.getFirstSeenAt()),
                items(xml.getContentItems()),
                assessment(xml.getAssessment()),
                reporter(xml.getReporter()));
    }

    private static List<ReportSubmission.Item> items(ContentItemList list) {
        return list == null ? List.of() : list.getItem().stream().map(InhopeSubmissionMapper::item).toList();
    }

    private static ReportSubmission.Item item(ContentItemType item) {
        return new ReportSubmission.Item(
                text(item.getUrl()),
                code(item.getContentType(), ContentTypeCode::value),
                text(item.getHostingIp()),
                text(item.getHostingCountry()),
                text(item.getHostingProvider()),
                text(item.getAsn()),
                text(item.getFirstSeenAt()),
                text(item.getLastSeenAt()),
                hashes(item.getHashes()));
    }

    private static List<ReportSubmission.HashFields> hashes(HashList list) {
        return list == null ? List.of() : list.getHash().stream()
                .map(h -> new ReportSubmission.HashFields(code(h.getAlgorithm(), HashAlgorithmCode::value), text(h.getValue())))
                .toList();
    }

    private static ReportSubmission.AssessmentFields assessment(AssessmentType a) {
        if (a == null) {
            return null;
        }
        return new ReportSubmission.AssessmentFields(
                code(a.getClassification(), ClassificationCode::value),
                code(a.getDepiction(), DepictionCode::value),
                code(a.getAgeGroup(), AgeGroupCode::value),
                code(a.getGender(), GenderCode::value),
                code(a.getSiteType(), SiteTypeCode::value),
                code(a.getCommerciality(), CommercialityCode::value),
                a.isUserGenerated(),
                a.isChildModelling());
    }

    private static ReportSubmission.ReporterFields reporter(ReporterType r) {
        return r == null ? null : new ReportSubmission.ReporterFields(text(r.getName()), text(r.getEmail()), text(r.getPhone()));
    }

    /** Generated code lists have no common type; each knows its own XML value. */
    private static <C> String code(C code, Function<C, String> value) {
        return code == null ? null : value.apply(code);
    }

    /** The schema collapses white space around values; timestamps arrive unbound, so trim here too. */
    private static String text(String value) {
        return value == null ? null : value.strip();
    }
}
