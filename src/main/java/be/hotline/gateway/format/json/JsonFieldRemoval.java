package be.hotline.gateway.format.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Leaves a field the binder refused out of the document, so that binding can go on and find the next one.
 * An array entry becomes null rather than disappearing: the entries after it keep their index, so every
 * pointer still names the field as the partner wrote it.
 */
final class JsonFieldRemoval {

    private JsonFieldRemoval() {
    }

    /** @return whether something was left out; false for the whole document, or a path the tree does not have */
    static boolean leaveOut(JsonNode root, List<JsonMappingException.Reference> path) {
        if (path.isEmpty()) {
            return false;
        }
        JsonNode parent = root;
        for (JsonMappingException.Reference step : path.subList(0, path.size() - 1)) {
            parent = child(parent, step);
            if (parent == null) {
                return false;
            }
        }
        JsonMappingException.Reference last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object && last.getFieldName() != null) {
            return object.remove(last.getFieldName()) != null;
        }
        if (parent instanceof ArrayNode array && last.getFieldName() == null
                && last.getIndex() >= 0 && last.getIndex() < array.size() && !array.get(last.getIndex()).isNull()) {
            array.set(last.getIndex(), NullNode.getInstance());
            return true;
        }
        return false;
    }

    private static JsonNode child(JsonNode node, JsonMappingException.Reference step) {
        return step.getFieldName() != null ? node.get(step.getFieldName()) : node.get(step.getIndex());
    }
}
