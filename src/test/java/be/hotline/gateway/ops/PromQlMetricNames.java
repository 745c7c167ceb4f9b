package be.hotline.gateway.ops;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression reads, so a dashboard can be checked against what the gateway exports.
 * Not a PromQL parser: it removes what cannot be a metric name (strings, label matchers, range and offset
 * durations, grouping label lists, numbers, Grafana variables), then keeps every identifier that is neither a
 * function call nor a keyword.
 */
final class PromQlMetricNames {

    private static final Pattern STRINGS = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`");
    private static final Pattern GRAFANA_VARIABLES = Pattern.compile("\\$\\{[^}]*}|\\$\\w+");
    private static final Pattern LABEL_MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGES = Pattern.compile("\\[[^]]*]");
    private static final Pattern OFFSETS = Pattern.compile("\\boffset\\s+-?\\w+");
    private static final Pattern LABEL_LISTS = Pattern.compile(
            "\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern NUMBERS = Pattern.compile(
            "(?<![\\w:])(?:0x[0-9a-fA-F]+|\\d+(?:\\.\\d*)?(?:[eE][+-]?\\d+)?|\\.\\d+(?:[eE][+-]?\\d+)?)");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*(?=(\\s*\\()?)");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "by", "without", "on", "ignoring",
            "group_left", "group_right", "offset", "bool", "inf", "nan", "atan2");

    private PromQlMetricNames() {
    }

    static Set<String> in(String expression) {
        String rest = expression;
        for (Pattern noName : new Pattern[] {STRINGS, GRAFANA_VARIABLES, LABEL_MATCHERS, RANGES, OFFSETS, LABEL_LISTS,
                NUMBERS}) {
            rest = noName.matcher(rest).replaceAll(" ");
        }
        Set<String> names = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(rest);
        while (identifier.find()) {
            boolean functionCall = identifier.group(1) != null && !identifier.group(1).isEmpty();
            String name = identifier.group();
            if (!functionCall && !KEYWORDS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                names.add(name);
            }
        }
        return names;
    }
}
