package be.hotline.gateway.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * A message as its receiver reads it, with parsers of the test's own (not the gateway's writers' checks):
 * strict UTF-8, then XML parsed and validated against the published XSD, or JSON parsed strictly.
 */
final class AsReceived {

    static final Schema INHOPE_REPORT = schema("inhope-report-1.0.xsd");
    static final Schema POLICE_REFERRAL = schema("police-referral-1.0.xsd");
    static final Schema INHOPE_FEEDBACK = schema("inhope-feedback-1.0.xsd");
    private static final JsonMapper STRICT_JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private AsReceived() {
    }

    /** Every element text and attribute value, whitespace collapsed as xs:token does; fails unless valid. */
    static Set<String> validXmlTexts(byte[] xml, Schema schema) throws Exception {
        requireUtf8(xml);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        schema.newValidator().validate(new DOMSource(document));
        Set<String> texts = new HashSet<>();
        collect(document.getDocumentElement(), texts);
        return texts;
    }

    static JsonNode strictJson(byte[] json) throws IOException {
        requireUtf8(json);
        return STRICT_JSON.readTree(json);
    }

    /** What xs:token makes of a value: XML white space runs become one space, none at either end. */
    static String collapsed(String value) {
        return value.replaceAll("[ \t\n\r]+", " ").strip();
    }

    private static void collect(Element element, Set<String> texts) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            texts.add(collapsed(attributes.item(i).getNodeValue()));
        }
        NodeList children = element.getChildNodes();
        boolean leaf = true;
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                leaf = false;
                collect(child, texts);
            }
        }
        if (leaf) {
            texts.add(collapsed(element.getTextContent()));
        }
    }

    private static void requireUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            assertThat(e).as("the message is not valid UTF-8").isNull();
        }
    }

    private static Schema schema(String file) {
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(Path.of("docs/api/schemas", file).toFile());
        } catch (Exception e) {
            throw new IllegalStateException("cannot compile " + file, e);
        }
    }
}
