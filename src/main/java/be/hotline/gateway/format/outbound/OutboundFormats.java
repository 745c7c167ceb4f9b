package be.hotline.gateway.format.outbound;

import be.hotline.gateway.delivery.OutboundFormat;
import be.hotline.gateway.format.inhope.InhopeXmlReportWriter;
import be.hotline.gateway.format.police.PoliceReferralSchema;
import be.hotline.gateway.format.police.PoliceReferralWriter;
import be.hotline.gateway.format.xml.XmlSchemas;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.validation.Schema;

/** Every outbound format the gateway can write, by the name the partner registry uses. */
public final class OutboundFormats {

    public static final String INHOPE_SCHEMA_RESOURCE = "schemas/inhope-report-1.0.xsd";

    private final Map<String, OutboundFormat> byName = new LinkedHashMap<>();

    /** @throws IllegalArgumentException if two formats share a name */
    public OutboundFormats(List<? extends OutboundFormat> formats) {
        for (OutboundFormat format : formats) {
            if (byName.putIfAbsent(format.name(), format) != null) {
                throw new IllegalArgumentException("two outbound formats are named " + format.name());
            }
        }
    }

    /** JSON, INHOPE_XML and POLICE_XML, each XML format checking against its own compiled schema. */
    public static OutboundFormats standard(Schema inhopeReport, Schema policeReferral) {
        return new OutboundFormats(List.of(
                new CanonicalJsonFormat(),
                new InhopeXmlFormat(new InhopeXmlReportWriter(inhopeReport)),
                new PoliceReferralWriter(policeReferral)));
    }

    /** The standard formats with the schemas the gateway ships; each XSD is compiled once and shared. */
    public static OutboundFormats fromClasspath(String inhopeReportXsd) {
        return standard(XmlSchemas.fromClasspath(inhopeReportXsd), PoliceReferralSchema.fromClasspath());
    }

    public static OutboundFormats fromClasspath() {
        return fromClasspath(INHOPE_SCHEMA_RESOURCE);
    }

    /** @throws IllegalArgumentException naming the known formats, if there is none called {@code name} */
    public OutboundFormat byName(String name) {
        OutboundFormat format = byName.get(name);
        if (format == null) {
            throw new IllegalArgumentException("no outbound format named '" + name + "'; known formats: " + names());
        }
        return format;
    }

    /** In the order given. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** In the order given: what a test iterates to cover every format, present and future. */
    public List<OutboundFormat> all() {
        return List.copyOf(byName.values());
    }
}
