package be.hotline.gateway.store;

/** The partner already sent a report under this partnerReference (the unique constraint said so). */
public class DuplicatePartnerReferenceException extends Exception {

    public DuplicatePartnerReferenceException(String partnerId, String partnerReference) {
        super("partner " + partnerId + " already sent " + partnerReference);
    }
}
