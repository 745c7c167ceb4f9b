package be.hotline.gateway.format.xml;

import java.util.Objects;
import java.util.Set;

/**
 * What the schema-violation messages need to know of one XML format: its root element, and which
 * wrapper elements hold a list (their repeated child is an array entry, {@code /contentItems/0},
 * in the equivalent JSON).
 *
 * @param rootElement local name of the root element, e.g. {@code report}
 * @param namespace   the format's target namespace
 * @param listEntries wrapper and repeated child as {@code "parent/child"}, e.g. {@code "hashes/hash"}
 */
public record XmlDocumentShape(String rootElement, String namespace, Set<String> listEntries) {

    public XmlDocumentShape {
        Objects.requireNonNull(rootElement);
        Objects.requireNonNull(namespace);
        listEntries = Set.copyOf(listEntries);
    }

    /** A format without lists. */
    public static XmlDocumentShape flat(String rootElement, String namespace) {
        return new XmlDocumentShape(rootElement, namespace, Set.of());
    }

    boolean isListEntry(String parent, String child) {
        return listEntries.contains(parent + "/" + child);
    }
}
