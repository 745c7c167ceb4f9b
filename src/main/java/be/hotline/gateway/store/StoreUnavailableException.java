package be.hotline.gateway.store;

/** The database cannot be reached or is shutting down: the caller should try again later (503). */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
