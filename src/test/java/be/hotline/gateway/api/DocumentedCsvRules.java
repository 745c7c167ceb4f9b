package be.hotline.gateway.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a documented CSV answer example (`section,key,period,value` rows) and the real answer must agree: the same
 * header line, CRLF line ends, every row well formed and named once, and every row the example shows present in
 * the answer. The example shows the first rows only (the whole table is hundreds of rows), and its values, like
 * the JSON examples' counts, depend on the data: a value is checked to be a whole count, not for equality.
 */
final class DocumentedCsvRules {

    private static final Pattern COUNT = Pattern.compile("0|[1-9][0-9]*");

    private DocumentedCsvRules() {
    }

    static List<String> differences(String example, String answer) {
        List<String> differences = new ArrayList<>();
        if (!answer.endsWith("\r\n")) {
            differences.add("the CSV answer does not end with CRLF");
        }
        String[] exampleLines = example.split("\r\n");
        String[] answerLines = answer.split("\r\n");
        if (!exampleLines[0].equals(answerLines[0])) {
            differences.add("CSV header \"" + answerLines[0] + "\", documented \"" + exampleLines[0] + "\"");
        }
        Map<String, String> answered = rows(answerLines, "answer", differences);
        for (String name : rows(exampleLines, "example", differences).keySet()) {
            if (!answered.containsKey(name)) {
                differences.add("the example's row " + name + " is not in the answer");
            }
        }
        return differences;
    }

    /** The rows after the header by section,key,period; malformed or repeated rows are differences. */
    private static Map<String, String> rows(String[] lines, String side, List<String> differences) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].split(",", -1);
            if (fields.length != 4 || !COUNT.matcher(fields[3]).matches()) {
                differences.add("the " + side + "'s CSV row \"" + lines[i] + "\" is not section,key,period,count");
            } else if (rows.put(fields[0] + "," + fields[1] + "," + fields[2], fields[3]) != null) {
                differences.add("the " + side + " names " + fields[0] + "," + fields[1] + "," + fields[2] + " twice");
            }
        }
        return rows;
    }
}
