package be.hotline.gateway.format.feedback;

import be.hotline.gateway.feedback.Feedback;
import be.hotline.gateway.feedback.InvalidFeedbackException;
import be.hotline.gateway.format.feedback.inhope.xml.FeedbackItemType;
import be.hotline.gateway.format.xml.ValidatingXmlReader;
import java.util.Objects;
import javax.xml.validation.Schema;

/**
 * Reads a hotline's feedback in the INHOPE feedback format (XML): hardened parser, schema-validated
 * with every violation as a JSON pointer, then the feedback rules. The element names are the JSON
 * fields, so the pointers are too. partnerReference (our reference) and actedBy are not part of
 * {@link Feedback}: the request path names the report, and we know who sent it. Thread-safe.
 */
public final class InhopeFeedbackXmlReader implements FeedbackReader {

    private final ValidatingXmlReader<FeedbackItemType> reader;

    public InhopeFeedbackXmlReader(Schema schema) {
        this.reader = new ValidatingXmlReader<>(Objects.requireNonNull(schema), FeedbackSchemas.inhopeContext(),
                FeedbackSchemas.INHOPE_SHAPE, FeedbackItemType.class);
    }

    /** With the schema the gateway ships (compiled once, shared). */
    public static InhopeFeedbackXmlReader fromClasspath() {
        return new InhopeFeedbackXmlReader(FeedbackSchemas.inhope());
    }

    @Override
    public Feedback read(byte[] body) {
        FeedbackItemType xml = reader.read(body, InvalidFeedbackException::new);
        FeedbackFields fields = new FeedbackFields(xml.getFeedbackId(), InhopeActionCodes.toType(xml.getType()).name(),
                xml.getOccurredAt(), xml.getReceiverReference(), xml.getCaseNumber(), xml.getRemovedAt(), xml.getNote());
        return FeedbackRules.toFeedback(fields, FieldNames.CANONICAL);
    }
}
