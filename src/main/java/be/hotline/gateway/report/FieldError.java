package be.hotline.gateway.report;

/** One field at fault: a JSON pointer into the submission and what is wrong with it. */
public record FieldError(String pointer, String message) {
}
