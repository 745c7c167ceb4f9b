package be.hotline.gateway.format.feedback;

import be.hotline.gateway.feedback.Feedback;
import be.hotline.gateway.feedback.FeedbackTerms;
import be.hotline.gateway.feedback.InvalidFeedbackException;
import be.hotline.gateway.format.feedback.police.xml.CaseFeedbackType;
import be.hotline.gateway.format.xml.ValidatingXmlReader;
import java.util.List;
import java.util.Objects;
import javax.xml.validation.Schema;

/**
 * Reads the police's case feedback (XML): hardened parser, schema-validated with every violation as
 * a JSON pointer in the police's element names (e.g. {@code /RemovalDateLocal}), then the feedback
 * rules. Brussels local times carry their offset, so each is one exact instant, also in the hour that
 * repeats when clocks go back. HotlineReference is not part of {@link Feedback}: the request path
 * names the report. Thread-safe.
 */
public final class PoliceCaseFeedbackXmlReader implements FeedbackReader {

    private final ValidatingXmlReader<CaseFeedbackType> reader;

    public PoliceCaseFeedbackXmlReader(Schema schema) {
        this.reader = new ValidatingXmlReader<>(Objects.requireNonNull(schema), FeedbackSchemas.policeContext(),
                FeedbackSchemas.POLICE_SHAPE, CaseFeedbackType.class);
    }

    /** With the schema the gateway ships (compiled once, shared). */
    public static PoliceCaseFeedbackXmlReader fromClasspath() {
        return new PoliceCaseFeedbackXmlReader(FeedbackSchemas.police());
    }

    private static final FeedbackTerms TERMS = new FormatTerms(FieldNames.POLICE, PoliceCaseStatusCodes::toCode);

    @Override
    public FeedbackTerms terms() {
        return TERMS;
    }

    @Override
    public Feedback read(byte[] body) {
        ValidatingXmlReader.Read<CaseFeedbackType> read = reader.readAll(body);
        if (read.value().isEmpty()) {
            throw new InvalidFeedbackException(read.violations());
        }
        // The rules check what the schema let through: one answer names the faults of both.
        CaseFeedbackType xml = read.value().get();
        FeedbackFields fields = new FeedbackFields(xml.getFeedbackId(),
                xml.getCaseStatus() == null ? null : PoliceCaseStatusCodes.toType(xml.getCaseStatus()).name(),
                xml.getStatusDateLocal(), xml.getPoliceReference(), xml.getPvNumber(), xml.getRemovalDateLocal(), xml.getRemark(),
                null, XmlItems.of(xml.getItems() != null, xml.getItems() == null ? List.of() : xml.getItems().getIndex(),
                        xml.getItems() == null ? List.of() : xml.getItems().getUrl()),
                xml.getNewHostingCountry(), xml.getNewHostingIp(), xml.getNewHostingProvider());
        return FeedbackRules.toFeedback(fields, FieldNames.POLICE, read.violations());
    }
}
