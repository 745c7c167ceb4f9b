package be.hotline.gateway.format.xml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Passes SAX events on while knowing where it is, as a JSON pointer of the equivalent JSON
 * document (e.g. {@code /contentItems/1/hashes/0} in a report), so schema violations point at the
 * same field whichever format the partner used.
 */
final class ElementPathTracker extends XMLFilterImpl {

    /** Our schemas nest five levels at most; anything far deeper is an attack on the parser's stack. */
    static final int MAX_DEPTH = 32;

    private final XmlDocumentShape shape;
    private final Deque<Frame> open = new ArrayDeque<>();
    private Locator locator;

    ElementPathTracker(XmlDocumentShape shape) {
        this.shape = shape;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
        super.setDocumentLocator(locator);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (open.size() >= MAX_DEPTH) {
            throw new SAXParseException("elements are nested deeper than " + MAX_DEPTH + " levels", locator);
        }
        Frame parent = open.peek();
        open.push(new Frame(localName, parent == null ? null : parent.segmentOf(localName)));
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        // The validator checks an element's value at its end tag: it must still be the current one.
        super.endElement(uri, localName, qName);
        open.pop();
    }

    /** Pointer of the element being read; "" for the root element or outside any element. */
    String pointer() {
        return pointerOf(open.iterator(), 0);
    }

    /** Pointer of the parent of the element being read. */
    String parentPointer() {
        return pointerOf(open.iterator(), 1);
    }

    /** Local name of the element being read, or "" outside any element. */
    String currentName() {
        return open.isEmpty() ? "" : open.peek().name;
    }

    /** Local name of the parent of the element being read, or "". */
    String parentName() {
        Iterator<Frame> innermostFirst = open.iterator();
        if (innermostFirst.hasNext()) {
            innermostFirst.next();
        }
        return innermostFirst.hasNext() ? innermostFirst.next().name : "";
    }

    private static String pointerOf(Iterator<Frame> innermostFirst, int skip) {
        StringBuilder pointer = new StringBuilder();
        int skipped = 0;
        while (innermostFirst.hasNext()) {
            Frame frame = innermostFirst.next();
            if (skipped++ < skip || frame.segment == null) {
                continue;
            }
            pointer.insert(0, frame.segment).insert(0, '/');
        }
        return pointer.toString();
    }

    private final class Frame {
        final String name;
        /** null for the root element, which is the JSON document itself. */
        final String segment;
        private final Map<String, Integer> childCounts = new HashMap<>();

        Frame(String name, String segment) {
            this.name = name;
            this.segment = segment;
        }

        String segmentOf(String child) {
            int index = childCounts.merge(child, 1, Integer::sum) - 1;
            return shape.isListEntry(name, child) ? String.valueOf(index) : child;
        }
    }
}
