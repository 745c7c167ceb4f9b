package be.hotline.gateway.format.xml;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Passes SAX events on to JAXB only while the document has no schema violation. After one, the
 * binding is never used, and JAXB throws on content it cannot bind (a foreign root element, for
 * one), which would hide the violations the partner needs to see.
 */
final class UntilFirstViolation extends XMLFilterImpl {

    private final SchemaViolationCollector violations;

    UntilFirstViolation(SchemaViolationCollector violations, ContentHandler next) {
        this.violations = violations;
        setContentHandler(next);
    }

    private boolean passing() {
        return violations.isEmpty();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        if (passing()) {
            super.startPrefixMapping(prefix, uri);
        }
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        if (passing()) {
            super.endPrefixMapping(prefix);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (passing()) {
            super.startElement(uri, localName, qName, atts);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (passing()) {
            super.endElement(uri, localName, qName);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (passing()) {
            super.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (passing()) {
            super.ignorableWhitespace(ch, start, length);
        }
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        if (passing()) {
            super.processingInstruction(target, data);
        }
    }

    @Override
    public void endDocument() throws SAXException {
        if (passing()) {
            super.endDocument();
        }
    }
}
