package be.hotline.gateway.format.feedback;

import be.hotline.gateway.feedback.Feedback;
import be.hotline.gateway.feedback.FeedbackTerms;
import be.hotline.gateway.report.FieldError;
import java.util.ArrayList;
import java.util.List;
import be.hotline.gateway.feedback.InvalidFeedbackException;
import be.hotline.gateway.format.feedback.inhope.xml.FeedbackItemType;
import be.hotline.gateway.format.xml.ValidatingXmlReader;
import java.util.Objects;
import javax.xml.validation.Schema;

/**
 * Reads a hotline's feedback in the INHOPE feedback format (XML): hardened parser, schema-validated
 * with every violation as a JSON pointer, then the feedback rules. The element names are the JSON
 * fields, so the pointers are too. partnerReference (our reference) is not part of {@link Feedback}: the
 * request path names the report. actedBy (relays only) is refused: we know who sent it. Thread-safe.
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

    private static final FeedbackTerms TERMS = new FormatTerms(FieldNames.CANONICAL, type -> InhopeActionCodes.toCode(type).value());

    @Override
    public FeedbackTerms terms() {
        return TERMS;
    }

    @Override
    public Feedback read(byte[] body) {
        ValidatingXmlReader.Read<FeedbackItemType> read = reader.readAll(body);
        if (read.value().isEmpty()) {
            throw new InvalidFeedbackException(read.violations());
        }
        // The rules check what the schema let through: one answer names the faults of both.
        FeedbackItemType xml = read.value().get();
        FeedbackFields fields = new FeedbackFields(xml.getFeedbackId(),
                xml.getType() == null ? null : InhopeActionCodes.toType(xml.getType()).name(),
                xml.getOccurredAt(), xml.getReceiverReference(), xml.getCaseNumber(), xml.getRemovedAt(), xml.getNote(),
                xml.getReason() == null ? null : InhopeReasonCodes.toReason(xml.getReason()).name(),
                XmlItems.of(xml.getItems() != null, xml.getItems() == null ? List.of() : xml.getItems().getIndex(),
                        xml.getItems() == null ? List.of() : xml.getItems().getUrl()),
                xml.getNewHostingCountry(), xml.getNewHostingIp(), xml.getNewHostingProvider());
        List<FieldError> found = new ArrayList<>(read.violations());
        found.addAll(relayOnly(xml));
        return FeedbackRules.toFeedback(fields, FieldNames.CANONICAL, found);
    }

    /**
     * actedBy is the schema's for relays, which we send: in feedback to us it is refused like an unknown field
     * (as JSON feedback refuses it), never ignored, so a hotline does not believe it told us something.
     */
    private static List<FieldError> relayOnly(FeedbackItemType xml) {
        return xml.getActedBy() == null ? List.of() : List.of(new FieldError("/actedBy",
                "is for relays from the gateway only; leave it out of feedback to the gateway (it knows who you are)"));
    }
}
