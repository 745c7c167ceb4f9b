package be.hotline.gateway.format.police;

import static be.hotline.gateway.format.police.PoliceReferralSamples.delivery;
import static be.hotline.gateway.format.police.PoliceReferralSamples.nlReport;
import static be.hotline.gateway.format.police.PoliceReferralSamples.reader;
import static be.hotline.gateway.format.police.PoliceReferralSamples.text;
import static be.hotline.gateway.format.police.PoliceReferralSamples.utf8;
import static be.hotline.gateway.format.police.PoliceReferralSamples.writer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.hotline.gateway.delivery.DeliveryPurpose;
import be.hotline.gateway.delivery.OutboundReport;
import be.hotline.gateway.report.AgeGroup;
import be.hotline.gateway.report.Assessment;
import be.hotline.gateway.report.Classification;
import be.hotline.gateway.report.Commerciality;
import be.hotline.gateway.report.ContentHash;
import be.hotline.gateway.report.ContentItem;
import be.hotline.gateway.report.ContentType;
import be.hotline.gateway.report.Depiction;
import be.hotline.gateway.report.Gender;
import be.hotline.gateway.report.HashAlgorithm;
import be.hotline.gateway.report.Report;
import be.hotline.gateway.report.SiteType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Our codes become the police's own terms, every one of them, and come back unchanged. */
class PoliceVocabularyTest {

    @Test
    void speaksThePoliceVocabulary() {
        String xml = text(writer().write(nlReport(DeliveryPurpose.DOMESTIC)));

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"")
                .contains("<Referral xmlns=\"urn:be:police:fccu:referral:1.0\">")
                .contains("<LegalQualification>CSAM_INTERNATIONAL_BASELINE</LegalQualification>")
                .contains("<VictimAgeCategory>PREPUBESCENT</VictimAgeCategory>")
                .contains("<SyntheticMaterial>false</SyntheticMaterial>", "<DepictedPerson>REAL_CHILD</DepictedPerson>")
                .contains("<MediaType>WEB_PAGE</MediaType>", "<MediaType>STILL_IMAGE</MediaType>")
                .contains("<PlatformType>IMAGE_HOSTING_SERVICE</PlatformType>")
                .contains("<Hash Type=\"SHA-256\">", "<Hash Type=\"MD5\">")
                .contains("<OriginReference>NL-2026-004711</OriginReference>")
                .doesNotContain("partnerReference", ">BASELINE<", "contentItems");
    }

    @ParameterizedTest
    @EnumSource(Depiction.class)
    void flagsSyntheticMaterialAndKeepsEveryDepiction(Depiction depiction) {
        OutboundReport message = withAssessment(new Assessment(Classification.NATIONAL, depiction, AgeGroup.INFANT,
                Gender.BOTH, SiteType.FORUM, Commerciality.COMMERCIAL, true, true));

        String xml = text(writer().write(message));

        assertThat(reader().read(utf8(xml))).isEqualTo(message);
        assertThat(xml).contains("<SyntheticMaterial>" + (depiction == Depiction.VIRTUAL) + "</SyntheticMaterial>");
        assertThat(xml.contains("<DepictedPerson>"))
                .isEqualTo(depiction == Depiction.REAL_CHILD || depiction == Depiction.APPEARS_TO_BE_CHILD);
    }

    @Test
    void translatesEveryAssessmentCodeBothWays() {
        int longest = IntStream.of(Classification.values().length, AgeGroup.values().length, Gender.values().length,
                SiteType.values().length, Commerciality.values().length).max().orElseThrow();
        for (int i = 0; i < longest; i++) {
            OutboundReport message = withAssessment(new Assessment(nth(Classification.values(), i), Depiction.NOT_DETERMINED,
                    nth(AgeGroup.values(), i), nth(Gender.values(), i), nth(SiteType.values(), i),
                    nth(Commerciality.values(), i), false, false));
            assertThat(reader().read(writer().write(message))).isEqualTo(message);
        }
    }

    @Test
    void translatesEveryMediaTypeAndHashTypeBothWaysAndLeavesOutWhatIsUnknown() {
        List<ContentItem> items = Arrays.stream(ContentType.values()).map(type -> new ContentItem(
                "https://cdn.example.be/" + type, type, Optional.empty(), "BE", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Arrays.stream(HashAlgorithm.values())
                        .map(algorithm -> new ContentHash(algorithm, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"))
                        .toList(), Optional.empty())).toList();
        Report report = new Report("NL-1", Optional.empty(), items, nlReport(DeliveryPurpose.DOMESTIC).report().assessment());
        OutboundReport message = delivery(report, "NL", DeliveryPurpose.DOMESTIC);

        String xml = text(writer().write(message));

        assertThat(reader().read(utf8(xml))).isEqualTo(message);
        assertThat(xml).contains("Type=\"SHA-1\"", "Type=\"PhotoDNA\"", "Type=\"PDQ\"", "<MediaType>VIDEO</MediaType>")
                .doesNotContain("<IpAddress>", "<HostingCompany>", "<AutonomousSystem>", "<FirstReportedLocal>", "ObservedLocal>");
    }

    @Test
    void rejectsSyntheticMaterialSaidToShowARealChild() {
        String xml = text(writer().write(withAssessment(new Assessment(Classification.BASELINE, Depiction.VIRTUAL,
                AgeGroup.PUBESCENT, Gender.FEMALE, SiteType.BLOG, Commerciality.NOT_DETERMINED, false, false))))
                .replace("<SyntheticMaterial>true</SyntheticMaterial>",
                        "<SyntheticMaterial>true</SyntheticMaterial><DepictedPerson>REAL_CHILD</DepictedPerson>");

        assertThatThrownBy(() -> reader().read(utf8(xml)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DepictedPerson must be absent");
    }

    private static OutboundReport withAssessment(Assessment assessment) {
        Report nl = nlReport(DeliveryPurpose.DOMESTIC).report();
        return delivery(new Report(nl.partnerReference(), nl.firstSeenAt(), nl.contentItems(), assessment), "NL",
                DeliveryPurpose.DOMESTIC);
    }

    private static <E> E nth(E[] values, int i) {
        return values[i % values.length];
    }
}
