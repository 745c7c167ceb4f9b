package be.hotline.gateway.intake;

/** A request body that cannot be read at all: not well-formed, or using a forbidden construct (e.g. a DTD). */
public class MalformedRequestException extends RuntimeException {

    public MalformedRequestException(String detail) {
        super(detail);
    }

    public MalformedRequestException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
