package be.hotline.gateway.delivery;

import be.hotline.gateway.report.DeliverableText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * Reads a receiver's own reference from its 2xx answer (docs/api/delivery.md): a JSON object with a string
 * {@code reference}. That answer is a synchronous acknowledgement; anything else is a plain delivery.
 */
public final class Receipts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_REFERENCE = 200;

    private Receipts() {
    }

    public static Optional<String> receiverReference(Optional<String> responseBody) {
        if (responseBody.isEmpty() || !responseBody.get().stripLeading().startsWith("{")) {
            return Optional.empty();
        }
        try {
            JsonNode reference = JSON.readTree(responseBody.get()).get("reference");
            // A reference no database or format can carry (NUL, control characters) is no receipt.
            if (reference == null || !reference.isTextual() || reference.asText().isBlank()
                    || reference.asText().length() > MAX_REFERENCE
                    || DeliverableText.fault(reference.asText(), DeliverableText.Lines.SINGLE).isPresent()) {
                return Optional.empty();
            }
            return Optional.of(reference.asText());
        } catch (Exception notJson) {
            // A receipt we cannot read is still a delivery; the acknowledgement can come later as feedback.
            return Optional.empty();
        }
    }
}
