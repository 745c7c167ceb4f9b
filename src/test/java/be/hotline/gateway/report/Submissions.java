package be.hotline.gateway.report;

import be.hotline.gateway.report.ReportSubmission.AssessmentFields;
import be.hotline.gateway.report.ReportSubmission.HashFields;
import be.hotline.gateway.report.ReportSubmission.Item;
import be.hotline.gateway.report.ReportSubmission.ReporterFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Test-data builders: a submission that passes every rule, changed one field at a time.
 * Item setters on the submission builder change its first item.
 */
public final class Submissions {

    public static final String SHA256_VALUE = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private Submissions() {
    }

    public static SubmissionBuilder aValidSubmission() {
        return new SubmissionBuilder();
    }

    public static ItemBuilder aValidItem() {
        return new ItemBuilder();
    }

    public static final class SubmissionBuilder {
        private String partnerReference = "NL-2026-004711";
        private String firstSeenAt = "2026-11-18T09:12:00+01:00";
        private List<ItemBuilder> items = new ArrayList<>(List.of(aValidItem()));
        private AssessmentFields assessment = new AssessmentFields("BASELINE", null, null, null, null, null, null, null);
        private ReporterFields reporter;

        public SubmissionBuilder withPartnerReference(String value) { partnerReference = value; return this; }
        public SubmissionBuilder withFirstSeenAt(String value) { firstSeenAt = value; return this; }
        public SubmissionBuilder withItems(ItemBuilder... value) { items = new ArrayList<>(List.of(value)); return this; }
        public SubmissionBuilder withoutItems() { items = null; return this; }
        public SubmissionBuilder withItemCount(int count) {
            items = new ArrayList<>(Collections.nCopies(count, aValidItem()));
            return this;
        }
        public SubmissionBuilder withAssessment(AssessmentFields value) { assessment = value; return this; }
        public SubmissionBuilder withClassification(String value) {
            assessment = new AssessmentFields(value, assessment.depiction(), assessment.ageGroup(), assessment.gender(),
                    assessment.siteType(), assessment.commerciality(), assessment.userGenerated(), assessment.childModelling());
            return this;
        }
        public SubmissionBuilder withDepiction(String value) {
            assessment = new AssessmentFields(assessment.classification(), value, assessment.ageGroup(), assessment.gender(),
                    assessment.siteType(), assessment.commerciality(), assessment.userGenerated(), assessment.childModelling());
            return this;
        }
        public SubmissionBuilder withReporter(String name, String email, String phone) {
            reporter = new ReporterFields(name, email, phone);
            return this;
        }

        public SubmissionBuilder withUrl(String value) { firstItem().withUrl(value); return this; }
        public SubmissionBuilder withContentType(String value) { firstItem().withContentType(value); return this; }
        public SubmissionBuilder withHostingIp(String value) { firstItem().withHostingIp(value); return this; }
        public SubmissionBuilder withHostingCountry(String value) { firstItem().withHostingCountry(value); return this; }
        public SubmissionBuilder withHostingProvider(String value) { firstItem().withHostingProvider(value); return this; }
        public SubmissionBuilder withAsn(String value) { firstItem().withAsn(value); return this; }
        public SubmissionBuilder withSeen(String first, String last) { firstItem().withSeen(first, last); return this; }
        public SubmissionBuilder withHashes(HashFields... value) { firstItem().withHashes(value); return this; }
        public SubmissionBuilder withHash(String algorithm, String value) { return withHashes(new HashFields(algorithm, value)); }

        private ItemBuilder firstItem() {
            return items.get(0);
        }

        public ReportSubmission build() {
            List<Item> built = items == null ? null : items.stream().map(ItemBuilder::build).toList();
            return new ReportSubmission(partnerReference, firstSeenAt, built, assessment, reporter);
        }
    }

    public static final class ItemBuilder {
        private String url = "https://images.example.be/gallery/7f3a/img-0042.jpg";
        private String contentType = "IMAGE";
        private String hostingIp = "192.0.2.45";
        private String hostingCountry = "BE";
        private String hostingProvider = "Example Hosting BV";
        private String asn = "AS64501";
        private String firstSeenAt = "2026-11-18T09:12:00+01:00";
        private String lastSeenAt = "2026-11-19T14:30:00+01:00";
        private List<HashFields> hashes = List.of(new HashFields("SHA256", SHA256_VALUE));

        public ItemBuilder withUrl(String value) { url = value; return this; }
        public ItemBuilder withContentType(String value) { contentType = value; return this; }
        public ItemBuilder withHostingIp(String value) { hostingIp = value; return this; }
        public ItemBuilder withHostingCountry(String value) { hostingCountry = value; return this; }
        public ItemBuilder withHostingProvider(String value) { hostingProvider = value; return this; }
        public ItemBuilder withAsn(String value) { asn = value; return this; }
        public ItemBuilder withSeen(String first, String last) { firstSeenAt = first; lastSeenAt = last; return this; }
        public ItemBuilder withHashes(HashFields... value) { hashes = Stream.of(value).toList(); return this; }

        public Item build() {
            return new Item(url, contentType, hostingIp, hostingCountry, hostingProvider, asn, firstSeenAt, lastSeenAt, hashes);
        }
    }
}
