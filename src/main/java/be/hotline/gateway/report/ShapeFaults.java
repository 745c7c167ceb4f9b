package be.hotline.gateway.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins what a reader refused about a document's shape (an unknown field, a value of the wrong type) with
 * what the rules then found in the rest. A field the reader left out is named once, for its shape: the
 * rules would only add "is required" at it, or at a field inside it.
 */
public final class ShapeFaults {

    private ShapeFaults() {
    }

    public static List<FieldError> merge(List<FieldError> shape, List<FieldError> rules) {
        List<FieldError> all = new ArrayList<>(shape);
        rules.stream().filter(rule -> shape.stream().noneMatch(left -> covers(left.pointer(), rule.pointer()))).forEach(all::add);
        return all;
    }

    private static boolean covers(String leftOut, String pointer) {
        return pointer.equals(leftOut) || pointer.startsWith(leftOut + "/");
    }
}
