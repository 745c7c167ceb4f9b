package be.hotline.gateway.api;

import be.hotline.gateway.support.DocumentedReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * How a documented answer example (docs/api/openapi.yaml) and the gateway's real answer must agree: the same
 * members at every level, of the same JSON types, with equal values; only values that belong to one instance
 * (a reference, a message id, a time, a cursor, a partner's own id, a count that depends on the data) are
 * checked by the rule written here for their member instead. Text that quotes such values (`detail`,
 * `instance`) must be equal once both sides have those values replaced by the same markers, so the wording
 * cannot drift.
 */
final class DocumentedAnswerRules {

    /** RFC 3339 in UTC, as the gateway writes every time: seconds, an optional fraction, and Z. */
    private static final Pattern UTC_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");
    /** A message id: a random UUID (delivery.md). */
    private static final Pattern MESSAGE_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** A partner's own feedback id, as openapi.yaml's Feedback.feedbackId allows. */
    private static final Pattern FEEDBACK_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    /** A partner's own report reference, as openapi.yaml's Report.partnerReference allows. */
    private static final Pattern PARTNER_REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}");
    /** A page cursor: opaque, base64url without padding. */
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_-]+");

    /** Members whose value is one report's, one message's, or one moment's: checked by rule, never for equality. */
    private static final Map<String, Predicate<JsonNode>> INSTANCE_MEMBERS = Map.ofEntries(
            // our reference: the documented pattern
            Map.entry("reference", text(DocumentedReference.PATTERN)),
            Map.entry("messageId", text(MESSAGE_ID)),
            Map.entry("feedbackId", text(FEEDBACK_ID)),
            Map.entry("partnerReference", text(PARTNER_REFERENCE)),
            // moments: an RFC 3339 UTC time that parses
            Map.entry("at", DocumentedAnswerRules::utcTime),
            Map.entry("receivedAt", DocumentedAnswerRules::utcTime),
            Map.entry("createdAt", DocumentedAnswerRules::utcTime),
            Map.entry("deliveredAt", DocumentedAnswerRules::utcTime),
            Map.entry("acknowledgedAt", DocumentedAnswerRules::utcTime),
            Map.entry("ackDueAt", DocumentedAnswerRules::utcTime),
            Map.entry("occurredAt", DocumentedAnswerRules::utcTime),
            Map.entry("removedAt", DocumentedAnswerRules::utcTime),
            Map.entry("from", DocumentedAnswerRules::utcTime),
            Map.entry("to", DocumentedAnswerRules::utcTime),
            // cursors: opaque base64url
            Map.entry("next", text(CURSOR)),
            Map.entry("last", text(CURSOR)),
            // counts that depend on the data: whole numbers from 0; shares: numbers from 0 to 1
            Map.entry("takedownSeconds", DocumentedAnswerRules::count),
            Map.entry("seconds", DocumentedAnswerRules::count),
            Map.entry("reports", DocumentedAnswerRules::count),
            Map.entry("removed", DocumentedAnswerRules::count),
            Map.entry("removedWithin1Day", DocumentedAnswerRules::count),
            Map.entry("removedWithin3Days", DocumentedAnswerRules::count),
            Map.entry("removedWithin7Days", DocumentedAnswerRules::count),
            Map.entry("urls", DocumentedAnswerRules::count),
            Map.entry("received", DocumentedAnswerRules::count),
            Map.entry("unique", DocumentedAnswerRules::count),
            Map.entry("duplicates", DocumentedAnswerRules::count),
            Map.entry("shareRemovedWithin1Day", DocumentedAnswerRules::share),
            Map.entry("shareRemovedWithin3Days", DocumentedAnswerRules::share),
            Map.entry("shareRemovedWithin7Days", DocumentedAnswerRules::share),
            // the yearly figures: a figure's count for the year and for each month (an object "total" elsewhere
            // is compared member by member: the rule is for values only)
            Map.entry("total", DocumentedAnswerRules::count),
            Map.entry("byMonth", DocumentedAnswerRules::count));

    /** Texts that may quote instance values: equal after {@link #markInstanceValues}. */
    private static final Set<String> QUOTING_MEMBERS = Set.of("detail", "instance");

    /**
     * Objects whose member names are data (a hosting country, a partner id): each member is compared with the
     * shape and rules of the example's first member; the names must be country codes or partner ids.
     */
    private static final Map<String, Pattern> KEYED_BY_DATA = Map.of(
            "byHostingCountry", Pattern.compile("[A-Z]{2}"),
            "byPartner", Pattern.compile("[a-z0-9][a-z0-9-]*"),
            "contentUrlsByHostingCountry", Pattern.compile("[A-Z]{2}"),
            "contentUrlsByAssignedCountry", Pattern.compile("[A-Z]{2}"),
            "reportsByPartner", Pattern.compile("[a-z0-9][a-z0-9-]*"),
            "contentUrlsByPartner", Pattern.compile("[a-z0-9][a-z0-9-]*"));

    /** Quoted instance values, in the order they are replaced, and the marker each becomes. */
    private static final List<Map.Entry<Pattern, String>> QUOTED_VALUES = List.of(
            Map.entry(UTC_TIME, "{time}"),
            Map.entry(DocumentedReference.PATTERN, "{reference}"),
            Map.entry(MESSAGE_ID, "{messageId}"),
            // a feedback id quoted after "feedback " or in "feedbackId '…'"
            Map.entry(Pattern.compile("(?<=\\(feedback )[A-Za-z0-9._:-]+(?=[,)])"), "{feedbackId}"),
            Map.entry(Pattern.compile("(?<=feedbackId ')[A-Za-z0-9._:-]+(?=')"), "{feedbackId}"),
            Map.entry(Pattern.compile("(?<=partnerReference ')[^']+(?=')"), "{partnerReference}"),
            // a time limit quoted from the settings ("did not arrive within 20 s"): the test sets its own
            Map.entry(Pattern.compile("(?<=within )\\d+(?= s\\.)"), "{configured seconds}"));

    private DocumentedAnswerRules() {
    }

    /** Every way {@code actual} differs from {@code example}, each naming its JSON pointer; empty when they agree. */
    static List<String> differences(JsonNode example, JsonNode actual) {
        List<String> differences = new ArrayList<>();
        compare("", null, example, actual, differences);
        return differences;
    }

    /** The text with every quoted instance value replaced by its marker. */
    static String markInstanceValues(String text) {
        String marked = text;
        for (Map.Entry<Pattern, String> quoted : QUOTED_VALUES) {
            marked = quoted.getKey().matcher(marked).replaceAll(quoted.getValue());
        }
        return marked;
    }

    private static void compare(String pointer, String member, JsonNode example, JsonNode actual, List<String> differences) {
        if (example.getNodeType() != actual.getNodeType() && !(example.isNumber() && actual.isNumber())) {
            differences.add(pointer + ": a " + example.getNodeType() + " in the example, a " + actual.getNodeType()
                    + " in the answer (" + actual + ")");
            return;
        }
        if (member != null && INSTANCE_MEMBERS.containsKey(member) && !example.isContainerNode()) {
            if (!INSTANCE_MEMBERS.get(member).test(actual)) {
                differences.add(pointer + ": " + actual + " breaks the rule for " + member);
            }
            if (!INSTANCE_MEMBERS.get(member).test(example)) {
                differences.add(pointer + ": the example's " + example + " breaks the rule for " + member);
            }
        } else if (member != null && QUOTING_MEMBERS.contains(member) && example.isTextual()) {
            String expected = markInstanceValues(example.asText());
            String real = markInstanceValues(actual.asText());
            if (!expected.equals(real)) {
                differences.add(pointer + ": \"" + real + "\" in the answer, \"" + expected + "\" in the example");
            }
        } else if (example.isObject() && member != null && KEYED_BY_DATA.containsKey(member)) {
            compareKeyedByData(pointer, KEYED_BY_DATA.get(member), example, actual, differences);
        } else if (example.isObject()) {
            Set<String> names = new TreeSet<>();
            example.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String at = pointer + "/" + name;
                if (!actual.has(name)) {
                    differences.add(at + ": in the example, missing in the answer");
                } else if (!example.has(name)) {
                    differences.add(at + ": in the answer (" + actual.get(name) + "), not in the example");
                } else {
                    compare(at, name, example.get(name), actual.get(name), differences);
                }
            }
        } else if (example.isArray()) {
            if (example.size() != actual.size()) {
                differences.add(pointer + ": " + example.size() + " elements in the example, " + actual.size()
                        + " in the answer: " + actual);
                return;
            }
            for (int i = 0; i < example.size(); i++) {
                compare(pointer + "/" + i, member, example.get(i), actual.get(i), differences);
            }
        } else if (example.isNumber() ? example.decimalValue().compareTo(actual.decimalValue()) != 0 : !example.equals(actual)) {
            differences.add(pointer + ": " + actual + " in the answer, " + example + " in the example");
        }
    }

    private static void compareKeyedByData(String pointer, Pattern key, JsonNode example, JsonNode actual,
                                           List<String> differences) {
        Iterator<Map.Entry<String, JsonNode>> shapes = example.properties().iterator();
        if (!shapes.hasNext() || actual.isEmpty()) {
            differences.add(pointer + ": the example and the answer must both hold members (answer: " + actual + ")");
            return;
        }
        JsonNode shape = shapes.next().getValue();
        for (Map.Entry<String, JsonNode> entry : actual.properties()) {
            if (!key.matcher(entry.getKey()).matches()) {
                differences.add(pointer + "/" + entry.getKey() + ": not a name this object is keyed by");
            }
            compare(pointer + "/" + entry.getKey(), null, shape, entry.getValue(), differences);
        }
    }

    private static Predicate<JsonNode> text(Pattern pattern) {
        return node -> node.isTextual() && pattern.matcher(node.asText()).matches();
    }

    private static boolean utcTime(JsonNode node) {
        if (!text(UTC_TIME).test(node)) {
            return false;
        }
        try {
            Instant.parse(node.asText());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean count(JsonNode node) {
        return node.isIntegralNumber() && node.longValue() >= 0;
    }

    private static boolean share(JsonNode node) {
        return node.isNumber() && node.doubleValue() >= 0 && node.doubleValue() <= 1;
    }
}
