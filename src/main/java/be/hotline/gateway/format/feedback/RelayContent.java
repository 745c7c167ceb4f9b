package be.hotline.gateway.format.feedback;

import be.hotline.gateway.feedback.RelayedFeedback;
import java.util.Optional;

/** What a relay carries beyond the record as is, decided once for every relay format. */
final class RelayContent {

    private RelayContent() {
    }

    /** An empty case number is no case number: the element or field is left out, never sent blank. */
    static Optional<String> caseNumber(RelayedFeedback relay) {
        return relay.caseNumber().filter(number -> !number.isBlank());
    }
}
