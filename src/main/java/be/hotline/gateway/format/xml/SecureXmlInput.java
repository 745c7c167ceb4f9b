package be.hotline.gateway.format.xml;

import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Hardened SAX readers for XML from outside, shared by every XML format. A DOCTYPE is refused
 * outright, so no entity is ever declared, expanded, resolved or fetched (XXE, billion laughs,
 * SSRF through DTD URLs). Every guard is set explicitly; a parser that does not support one fails
 * here, closed.
 */
public final class SecureXmlInput {

    public static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    /** Messages are matched and shown to partners in English, whatever the server's locale. */
    public static final String LOCALE = "http://apache.org/xml/properties/locale";
    private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";

    private SecureXmlInput() {
    }

    /** A namespace-aware reader that refuses any DOCTYPE and fails on the first error. */
    public static XMLReader newReader() {
        try {
            // A fresh factory per reader: factories are not thread-safe, and this one is cheap.
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            reader.setProperty(LOCALE, Locale.ENGLISH);
            reader.setProperty(LEXICAL_HANDLER, new DoctypeGuard());
            reader.setEntityResolver(new DoctypeGuard());
            reader.setErrorHandler(FAIL_ON_ANY_ERROR);
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the XML parser cannot be secured; refusing to parse", e);
        }
    }

    /** Stops at the first error or schema violation, for documents that must be wholly valid. */
    public static ErrorHandler failOnAnyError() {
        return FAIL_ON_ANY_ERROR;
    }

    /** Whether parsing stopped because the document had a DOCTYPE, which is never allowed. */
    public static boolean isRefusedDoctype(SAXException e) {
        String detail = String.valueOf(e.getMessage());
        return detail.contains(DISALLOW_DOCTYPE) || detail.contains("DOCTYPE");
    }

    /** Second line of defence, should the parser ever let a DOCTYPE or an entity through. */
    private static final class DoctypeGuard extends DefaultHandler2 {
        @Override
        public void startDTD(String name, String publicId, String systemId) throws SAXException {
            throw new SAXException("a DOCTYPE is not allowed");
        }

        @Override
        public org.xml.sax.InputSource resolveEntity(String name, String publicId, String baseUri, String systemId)
                throws SAXException {
            throw new SAXException("external entities are not allowed");
        }
    }

    /** Without it the JDK parser prints fatal errors to stderr before throwing them. */
    private static final ErrorHandler FAIL_ON_ANY_ERROR = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    };
}
