package be.hotline.gateway.format.feedback;

import be.hotline.gateway.feedback.Feedback;
import be.hotline.gateway.feedback.FeedbackTerms;
import be.hotline.gateway.feedback.InvalidFeedbackException;
import be.hotline.gateway.intake.MalformedRequestException;

/** Reads one feedback message of one format into the canonical {@link Feedback}. */
public interface FeedbackReader {

    /**
     * @throws MalformedRequestException (400) if the body cannot be read at all (syntax, DOCTYPE)
     * @throws InvalidFeedbackException (422) listing every field at fault as a JSON pointer
     */
    Feedback read(byte[] body);

    /** How this format names fields and types, for the refusals found after reading. */
    default FeedbackTerms terms() {
        return FeedbackTerms.CANONICAL;
    }
}
