package be.hotline.gateway.api;

import java.util.Locale;

/**
 * Whether a caller's Accept header asks for CSV rather than JSON. JSON is the default: no header, * / *, or a
 * media type we do not serve all get JSON, as every other operation of the partner API ignores Accept. CSV when
 * text/csv (or text/*) is accepted with a weight at least that of JSON.
 */
final class AcceptedFormat {

    private AcceptedFormat() {
    }

    static boolean wantsCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        double csv = 0;
        double json = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            double weight = weight(parts);
            switch (type) {
                case "text/csv", "text/*" -> csv = Math.max(csv, weight);
                case "application/json", "application/*", "*/*" -> json = Math.max(json, weight);
                default -> {
                    // not served: ignored
                }
            }
        }
        return csv > 0 && csv >= json;
    }

    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
