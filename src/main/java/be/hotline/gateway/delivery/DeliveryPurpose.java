package be.hotline.gateway.delivery;

/** Why a report goes to a party; decides the target and is told to the receiver. */
public enum DeliveryPurpose {
    /** Hosted in our home country: the national police act on it. */
    DOMESTIC,
    /** Hosted in a country with an INHOPE member hotline: that hotline acts on it. */
    HOTLINE_EXCHANGE,
    /** Hosted in a country without a member hotline: our police pass it on through Interpol. */
    INTERPOL_COOPERATION,
    /** News about a report (a receiver's feedback), passed back to the hotline that sent it to us. */
    FEEDBACK_RELAY
}
