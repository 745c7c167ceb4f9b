package be.hotline.gateway.api;

import be.hotline.gateway.store.PagePosition;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The case view's "next page" token: the last row's (receivedAt, reference), base64url without padding.
 * Opaque to callers, so its content may change without breaking them; it carries no filter and no secret.
 */
final class PageCursor {

    private static final Pattern CONTENT = Pattern.compile("([^ ]+) (HX-[0-9A-Z]{20})");

    private PageCursor() {
    }

    static String encode(PagePosition position) {
        String content = position.receivedAt() + " " + position.reference();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(content.getBytes(StandardCharsets.UTF_8));
    }

    /** The position the token stands for; empty when it is not one this gateway made. */
    static Optional<PagePosition> decode(String token) {
        try {
            String content = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            Matcher matcher = CONTENT.matcher(content);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            return Optional.of(new PagePosition(Instant.parse(matcher.group(1)), matcher.group(2)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
