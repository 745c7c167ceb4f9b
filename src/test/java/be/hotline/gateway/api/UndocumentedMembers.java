package be.hotline.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The members of an answer that its JSON Schema in openapi.yaml does not declare, as JSON pointers: what a
 * partner generating a client from the schema would not know about. Follows $ref, oneOf/anyOf/allOf (a member
 * declared by any branch counts), properties, additionalProperties and items.
 */
final class UndocumentedMembers {

    private final JsonNode openApi;

    UndocumentedMembers(JsonNode openApi) {
        this.openApi = openApi;
    }

    /** The schema of an operation's answer with that status, e.g. ("/api/v1/reports", "post", "202"). */
    JsonNode answerSchema(String path, String method, String status) {
        JsonNode response = resolve(openApi.path("paths").path(path).path(method).path("responses").path(status));
        JsonNode content = response.path("content");
        return content.path(content.fieldNames().next()).path("schema");
    }

    List<String> in(JsonNode answer, JsonNode schema) {
        List<String> undocumented = new ArrayList<>();
        collect(answer, schema, "", undocumented);
        return undocumented;
    }

    private void collect(JsonNode value, JsonNode schema, String pointer, List<String> undocumented) {
        List<JsonNode> branches = branches(schema);
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                for (JsonNode branch : branches) {
                    if (branch.has("items")) {
                        collect(value.get(i), branch.path("items"), pointer + "/" + i, undocumented);
                    }
                }
            }
        } else if (value.isObject()) {
            for (Map.Entry<String, JsonNode> member : value.properties()) {
                List<JsonNode> declared = branches.stream().map(branch -> branch.path("properties").path(member.getKey()))
                        .filter(property -> !property.isMissingNode()).toList();
                if (declared.isEmpty()) {
                    declared = branches.stream().map(branch -> branch.path("additionalProperties"))
                            .filter(JsonNode::isObject).toList();
                }
                if (declared.isEmpty()) {
                    undocumented.add(pointer + "/" + member.getKey());
                } else {
                    collect(member.getValue(), declared.get(0), pointer + "/" + member.getKey(), undocumented);
                }
            }
        }
    }

    /** The schema and, recursively, its $ref target and its oneOf/anyOf/allOf branches. */
    private List<JsonNode> branches(JsonNode schema) {
        List<JsonNode> branches = new ArrayList<>();
        JsonNode resolved = resolve(schema);
        branches.add(resolved);
        for (String combiner : List.of("oneOf", "anyOf", "allOf")) {
            resolved.path(combiner).forEach(branch -> branches.addAll(branches(branch)));
        }
        return branches;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode resolved = node;
        while (resolved.has("$ref")) {
            resolved = openApi.at(resolved.path("$ref").asText().substring(1));
        }
        return resolved;
    }
}
