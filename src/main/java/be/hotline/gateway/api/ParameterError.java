package be.hotline.gateway.api;

/** One query parameter at fault and what is wrong with it. */
public record ParameterError(String parameter, String detail) {
}
