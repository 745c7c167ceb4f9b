package be.hotline.gateway.feedback;

/**
 * How one feedback format names its fields and its types, so that a refusal found after reading (a type this
 * partner may not send, an impossible time) reads in the words of the format the partner sent: the police see
 * {@code /CaseStatus} and {@code PV_OPENED}, a hotline sending INHOPE XML {@code LEA_CASE_OPENED}.
 */
public interface FeedbackTerms {

    /** Our canonical JSON: field and type names as they are. */
    FeedbackTerms CANONICAL = new FeedbackTerms() {
        @Override
        public String pointer(String canonical) {
            return canonical;
        }

        @Override
        public String code(FeedbackType type) {
            return type.name();
        }
    };

    /** The format's pointer for a field given by its canonical JSON pointer, e.g. /removedAt. */
    String pointer(String canonical);

    /** The format's code for a type. */
    String code(FeedbackType type);
}
