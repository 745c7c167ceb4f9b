package be.hotline.gateway.delivery;

/** One outbound message format: how a delivery's body is written for a receiver. */
public interface OutboundFormat {

    /** The name used in the partner registry's outbound.format, e.g. POLICE_XML. */
    String name();

    String mediaType();

    /** The message body; XML formats validate against their XSD before returning. */
    byte[] write(OutboundReport message);
}
