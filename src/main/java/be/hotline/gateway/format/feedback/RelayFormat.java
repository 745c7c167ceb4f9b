package be.hotline.gateway.format.feedback;

import be.hotline.gateway.feedback.RelayedFeedback;

/** One format in which we pass news about a report back to the hotline that first sent it to us. */
public interface RelayFormat {

    /** The originator's outbound format name in the partner registry, e.g. INHOPE_XML. */
    String name();

    String mediaType();

    /** The message body; XML formats validate against their XSD before returning. */
    byte[] write(RelayedFeedback relay);
}
