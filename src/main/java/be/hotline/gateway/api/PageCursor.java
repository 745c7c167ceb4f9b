package be.hotline.gateway.api;

import be.hotline.gateway.store.PagePosition;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A keyset page's token: the last row's (time, key), base64url without padding; the case view's key is a
 * report's reference, a partner's deliveries' a message id. Opaque to callers, so its content may change
 * without breaking them; it carries no filter and no secret. A token of one list is refused by the other.
 */
final class PageCursor {

    private static final Pattern REPORT = Pattern.compile("([^ ]+) (HX-[0-9A-Z]{20})");
    private static final Pattern DELIVERY = Pattern.compile("([^ ]+) ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

    private PageCursor() {
    }

    static String encode(PagePosition position) {
        String content = position.at() + " " + position.key();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The position a query parameter's token stands for, or null without one; a token this list did not give
     * out is recorded as that parameter's error (400 with the others).
     */
    static PagePosition fromQuery(QueryParameters query, String name, Function<String, Optional<PagePosition>> decoder,
                                  String whereFrom) {
        String token = query.text(name);
        if (token == null) {
            return null;
        }
        return decoder.apply(token).orElseGet(() -> {
            query.error(name, "is not a cursor this gateway gave out; take it from a previous answer's " + whereFrom);
            return null;
        });
    }

    /** The case view's position the token stands for; empty when it is not one this gateway made for it. */
    static Optional<PagePosition> decode(String token) {
        return decode(token, REPORT);
    }

    /** The same for a partner's list of deliveries. */
    static Optional<PagePosition> decodeDelivery(String token) {
        return decode(token, DELIVERY);
    }

    private static Optional<PagePosition> decode(String token, Pattern content) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            Matcher matcher = content.matcher(text);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            return Optional.of(new PagePosition(Instant.parse(matcher.group(1)), matcher.group(2)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
