package be.hotline.gateway.format.police;

import static be.hotline.gateway.format.police.PoliceReferralSamples.SCHEMA_FILE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What the police contract promises about itself: fully documented, and no place for a reporter. */
class PoliceReferralSchemaContentTest {

    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    @Test
    void documentsEveryElementAttributeTypeAndCode() throws Exception {
        Document xsd = parse();
        List<String> undocumented = new ArrayList<>();
        for (String kind : List.of("element", "attribute", "simpleType", "enumeration")) {
            NodeList nodes = xsd.getElementsByTagNameNS(XS, kind);
            assertThat(nodes.getLength()).as(kind).isPositive();
            for (int i = 0; i < nodes.getLength(); i++) {
                Element node = (Element) nodes.item(i);
                if (documentation(node).isBlank()) {
                    undocumented.add(kind + " " + node.getAttribute("name") + node.getAttribute("value"));
                }
            }
        }
        assertThat(undocumented).isEmpty();
        assertThat(xsd.getDocumentElement().getAttribute("targetNamespace")).isEqualTo(PoliceReferralSchema.NAMESPACE);
    }

    @Test
    void hasNoElementOrAttributeForAnyReporterIdentity() throws Exception {
        Document xsd = parse();
        List<String> names = new ArrayList<>();
        for (String kind : List.of("element", "attribute", "complexType", "simpleType")) {
            NodeList nodes = xsd.getElementsByTagNameNS(XS, kind);
            for (int i = 0; i < nodes.getLength(); i++) {
                names.add(((Element) nodes.item(i)).getAttribute("name"));
            }
        }
        assertThat(names).hasSizeGreaterThan(30)
                .noneMatch(name -> name.matches("(?i).*(reporter|citizen|contact|mail|phone|name).*"));
    }

    private static String documentation(Element node) {
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && "annotation".equals(child.getLocalName())) {
                NodeList docs = child.getElementsByTagNameNS(XS, "documentation");
                return docs.getLength() == 0 ? "" : docs.item(0).getTextContent();
            }
        }
        return "";
    }

    private static Document parse() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(SCHEMA_FILE.toFile());
    }
}
