package be.hotline.gateway.format.xml;

import be.hotline.gateway.report.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the schema validator's messages into field errors a partner can act on: the field as a
 * JSON pointer, what is wrong in plain words, and the line, column and schema rule for XML tooling.
 */
final class PlainSchemaMessages {

    /** Rules about a value; the validator follows each with a rule naming the element or attribute. */
    private static final Set<String> VALUE_RULES = Set.of("cvc-enumeration-valid", "cvc-pattern-valid",
            "cvc-minLength-valid", "cvc-maxLength-valid", "cvc-length-valid", "cvc-datatype-valid.1.2.1");
    private static final Set<String> VALUE_FOLLOW_UPS = Set.of("cvc-type.3.1.3", "cvc-attribute.3", "cvc-complex-type.2.2");
    private static final Map<String, String> FORMATS = Map.of(
            "CountryCode", "must be an ISO 3166-1 alpha-2 country code in upper case, e.g. BE",
            "Timestamp", "must be a date and time with a time zone, e.g. 2026-11-20T10:15:00Z",
            "dateTime", "must be a date and time with a time zone, e.g. 2026-11-20T10:15:00Z",
            "Asn", "must look like AS64500",
            "IpAddress", "must be an IPv4 or IPv6 address",
            "boolean", "must be true or false",
            "PartnerReference", "must be 1-128 characters: letters, digits and . _ : / -, starting with a letter or digit");
    private static final Pattern ENUMERATION = Pattern.compile("(?s)Value '(.*)' is not facet-valid with respect to enumeration '(\\[[^]]*])'");
    private static final Pattern TYPE = Pattern.compile("(?s).*(?:for type|valid value for) '([^']+)'");
    private static final Pattern MAX_LENGTH = Pattern.compile("length = '(\\d+)' is not facet-valid with respect to maxLength '(\\d+)'");
    private static final Pattern MIN_LENGTH = Pattern.compile("minLength '(\\d+)'");
    private static final Pattern ATTRIBUTE = Pattern.compile("(?:of attribute|Attribute) '([^']+)'");

    private PlainSchemaMessages() {
    }

    static List<FieldError> translate(List<SchemaViolation> violations, XmlDocumentShape shape) {
        ContentModelMessages structure = new ContentModelMessages(shape);
        List<FieldError> errors = new ArrayList<>();
        SchemaViolation pendingValue = null;
        for (SchemaViolation violation : violations) {
            if (pendingValue != null && VALUE_FOLLOW_UPS.contains(violation.rule())) {
                // The follow-up says whose value it was: merge the two into one error.
                errors.add(valueError(pendingValue, pointerOfValue(violation)));
                pendingValue = null;
                continue;
            }
            if (pendingValue != null) {
                errors.add(valueError(pendingValue, pendingValue.pointer()));
                pendingValue = null;
            }
            if (VALUE_RULES.contains(violation.rule())) {
                pendingValue = violation;
            } else {
                errors.add(structure.structureError(violation));
            }
        }
        if (pendingValue != null) {
            errors.add(valueError(pendingValue, pendingValue.pointer()));
        }
        return errors;
    }

    static String attributeName(String message) {
        Matcher m = ATTRIBUTE.matcher(message);
        return m.find() ? m.group(1) : "attribute";
    }

    private static String pointerOfValue(SchemaViolation followUp) {
        return switch (followUp.rule()) {
            case "cvc-attribute.3" -> followUp.pointer() + "/" + attributeName(followUp.message());
            // Only <hash> has text plus attributes; its text is the "value" field in JSON.
            case "cvc-complex-type.2.2" -> followUp.pointer() + "/value";
            default -> followUp.pointer();
        };
    }

    private static FieldError valueError(SchemaViolation v, String pointer) {
        return new FieldError(pointer, valueProblem(v, pointer.startsWith("/reporter")) + v.where());
    }

    private static String valueProblem(SchemaViolation v, boolean personalData) {
        String message = v.message();
        switch (v.rule()) {
            case "cvc-enumeration-valid": {
                Matcher m = ENUMERATION.matcher(message);
                if (!m.find() || personalData) {
                    return "is not one of the allowed values";
                }
                return "unknown value '" + abbreviate(m.group(1), 40) + "'; expected one of " + m.group(2);
            }
            case "cvc-maxLength-valid": {
                Matcher m = MAX_LENGTH.matcher(message);
                return m.find() ? "is too long: " + m.group(1) + " characters, at most " + m.group(2) : "is too long";
            }
            case "cvc-minLength-valid": {
                Matcher m = MIN_LENGTH.matcher(message);
                String min = m.find() ? m.group(1) : "1";
                return "1".equals(min) ? "must not be empty" : "is too short: at least " + min + " characters";
            }
            default: {
                Matcher m = TYPE.matcher(message);
                String type = m.find() ? m.group(1) : "";
                return FORMATS.getOrDefault(type, "does not have the required format" + (type.isEmpty() ? "" : " (" + type + ")"));
            }
        }
    }

    /** Partner input is quoted only in part: enough to recognise it, not enough to flood a log. */
    /** Never cuts a surrogate pair in half: the half left would not survive the answer's UTF-8. */
    static String abbreviate(String value, int max) {
        if (value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end) + "…";
    }
}
