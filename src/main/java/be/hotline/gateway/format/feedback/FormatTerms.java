package be.hotline.gateway.format.feedback;

import be.hotline.gateway.feedback.FeedbackTerms;
import be.hotline.gateway.feedback.FeedbackType;
import java.util.function.Function;

/** A feedback XML format's own field names and type codes (see {@link FeedbackTerms}). */
record FormatTerms(FieldNames names, Function<FeedbackType, String> codes) implements FeedbackTerms {

    @Override
    public String pointer(String canonical) {
        return names.of(canonical);
    }

    @Override
    public String code(FeedbackType type) {
        return codes.apply(type);
    }
}
