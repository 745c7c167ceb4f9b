package be.hotline.gateway.format.xml;

import be.hotline.gateway.report.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain words for violations of a document's structure: missing, unexpected or misplaced
 * elements and attributes. The pointer names the missing field where it can be told.
 */
final class ContentModelMessages {

    private final XmlDocumentShape shape;

    private static final Pattern FOUND = Pattern.compile("starting with element '(\\{\"[^\"]*\":)?([^'}]+)}?'");
    private static final Pattern EXPECTED = Pattern.compile("\"[^\"]*\":([^,}\\s]+)");

    ContentModelMessages(XmlDocumentShape shape) {
        this.shape = shape;
    }

    FieldError structureError(SchemaViolation v) {
        return switch (v.rule()) {
            case "cvc-complex-type.2.4.a" -> unexpectedElement(v);
            case "cvc-complex-type.2.4.b" -> incompleteElement(v);
            case "cvc-elt.1.a" -> error("", "the root element must be '" + shape.rootElement() + "' in namespace " + shape.namespace(), v);
            case "cvc-complex-type.4" -> error(v.pointer() + "/" + PlainSchemaMessages.attributeName(v.message()), "is required", v);
            default -> error(v.pointer(), problem(v), v);
        };
    }

    private String problem(SchemaViolation v) {
        return switch (v.rule()) {
            case "cvc-complex-type.2.4.d" -> shape.isListEntry(v.parentElement(), v.element())
                    ? "is one '" + v.element() + "' too many" : "element '" + v.element() + "' is not allowed here";
            case "cvc-complex-type.3.2.2" -> "attribute '" + PlainSchemaMessages.attributeName(v.message()) + "' is not allowed here";
            case "cvc-complex-type.2.1", "cvc-complex-type.2.3" -> "must contain only elements, no text";
            case "cvc-complex-type.2.2", "cvc-type.3.1.2" -> "must contain only text, no elements";
            case "cvc-type.3.1.1" -> "must not have attributes";
            default -> v.concernsReporter() ? "is not valid" : "is not valid: " + v.message();
        };
    }

    /** Fired at the start tag of an element that may not come at this point. */
    private FieldError unexpectedElement(SchemaViolation v) {
        Matcher found = FOUND.matcher(v.message());
        boolean matched = found.find();
        String foundName = matched ? found.group(2) : v.element();
        List<String> expected = expectedElements(v.message());
        if (matched && found.group(1) == null && expected.contains(foundName)) {
            return error(v.pointer(), "element '" + foundName + "' must be in namespace " + shape.namespace(), v);
        }
        if (expected.size() == 1) {
            // Most often a required element is missing: point at it, not at whatever came instead.
            return error(childPointer(v.parentPointer(), v.parentElement(), expected.get(0)),
                    "expected here, but found element '" + foundName + "' (missing, or elements out of order)", v);
        }
        return error(v.pointer(), "element '" + foundName + "' is not allowed here; expected one of " + expected, v);
    }

    /** Fired at the end tag of an element that lacks a required child. */
    private FieldError incompleteElement(SchemaViolation v) {
        List<String> expected = expectedElements(v.message());
        // The validator lists the optional elements that may still come, then the required one.
        String missing = expected.isEmpty() ? "" : expected.get(expected.size() - 1);
        if (shape.isListEntry(v.element(), missing)) {
            return error(v.pointer(), "needs at least one '" + missing + "'", v);
        }
        return error(childPointer(v.pointer(), v.element(), missing), "is required", v);
    }

    private static List<String> expectedElements(String message) {
        int from = message.indexOf("One of");
        List<String> names = new ArrayList<>();
        Matcher m = EXPECTED.matcher(from < 0 ? "" : message.substring(from));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private String childPointer(String parentPointer, String parentElement, String child) {
        boolean entry = child.isEmpty() || shape.isListEntry(parentElement, child);
        return entry ? parentPointer : parentPointer + "/" + child;
    }

    private static FieldError error(String pointer, String problem, SchemaViolation v) {
        return new FieldError(pointer, problem + v.where());
    }
}
