package be.hotline.gateway.ops;

/** The {@code limit} query parameter of the ops API's lists: absent gives the default, anything else 1..max or 400. */
final class PageLimit {

    private PageLimit() {
    }

    static int parse(String value, int defaultLimit, int max) {
        if (value == null) {
            return defaultLimit;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw OpsProblem.badRequest("limit must be a number from 1 to " + max + ".");
    }
}
