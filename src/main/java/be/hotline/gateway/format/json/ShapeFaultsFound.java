package be.hotline.gateway.format.json;

import java.util.LinkedHashSet;
import java.util.Set;

/** What one bind found wrong with a document's shape, as JSON pointers in document order. */
final class ShapeFaultsFound {

    final Set<String> unknownFields = new LinkedHashSet<>();
    /** A set: a fault named by the collector and then by the bind that failed on it is one fault. */
    final Set<String> wrongTypes = new LinkedHashSet<>();
}
