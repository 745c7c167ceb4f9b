package be.hotline.gateway.format.outbound;

import be.hotline.gateway.delivery.OutboundFormat;
import be.hotline.gateway.delivery.OutboundReport;
import be.hotline.gateway.format.inhope.InhopeXmlReportWriter;
import be.hotline.gateway.format.xml.ValidatedXmlWriter;
import be.hotline.gateway.report.Report;
import java.util.Objects;

/**
 * The INHOPE exchange format, for another hotline. Its partnerReference is the sender's reference,
 * and for the receiver we are the sender: it carries OUR reference, which the receiving hotline
 * quotes back in its feedback. The origin party's reference stays with us.
 */
public final class InhopeXmlFormat implements OutboundFormat {

    public static final String NAME = "INHOPE_XML";

    private final InhopeXmlReportWriter writer;

    public InhopeXmlFormat(InhopeXmlReportWriter writer) {
        this.writer = Objects.requireNonNull(writer);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String mediaType() {
        return ValidatedXmlWriter.MEDIA_TYPE;
    }

    /** @throws IllegalStateException if the report does not fit the INHOPE schema (a bug upstream) */
    @Override
    public byte[] write(OutboundReport message) {
        Report report = Objects.requireNonNull(message).report();
        return writer.write(new Report(message.reference(), report.firstSeenAt(), report.contentItems(), report.assessment()));
    }
}
