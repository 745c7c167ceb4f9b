package be.hotline.gateway.format.xml;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Passes SAX events on to JAXB, also after a schema violation, so that the rules can still check what the
 * document has besides its violations. JAXB may throw on content it cannot bind (a foreign root element, for
 * one): that must not stop the parse, which would hide the violations after it. The binding is then broken,
 * and only the violations are answered.
 */
final class BindingGuard extends XMLFilterImpl {

    private boolean broken;

    BindingGuard(ContentHandler next) {
        setContentHandler(next);
    }

    /** Whether JAXB refused part of the document: its result is then not to be used. */
    boolean isBroken() {
        return broken;
    }

    @FunctionalInterface
    private interface Event {
        void pass() throws SAXException;
    }

    private void guarded(Event event) {
        if (broken) {
            return;
        }
        try {
            event.pass();
        } catch (SAXException | RuntimeException e) {
            broken = true;
        }
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        guarded(() -> super.startPrefixMapping(prefix, uri));
    }

    @Override
    public void endPrefixMapping(String prefix) {
        guarded(() -> super.endPrefixMapping(prefix));
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        guarded(() -> super.startElement(uri, localName, qName, atts));
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        guarded(() -> super.endElement(uri, localName, qName));
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        guarded(() -> super.characters(ch, start, length));
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        guarded(() -> super.ignorableWhitespace(ch, start, length));
    }

    @Override
    public void processingInstruction(String target, String data) {
        guarded(() -> super.processingInstruction(target, data));
    }

    @Override
    public void startDocument() {
        guarded(super::startDocument);
    }

    @Override
    public void endDocument() {
        guarded(super::endDocument);
    }
}
