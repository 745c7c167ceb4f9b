package be.hotline.gateway.api;

/** Paths of the partner API, as the routes in routes/partner-api.camel.yaml serve them. */
public final class GatewayPaths {

    public static final String REPORTS = "/api/v1/reports";
    public static final String TAKEDOWN_STATS = "/api/v1/stats/takedown";
    public static final String YEARLY_STATS = "/api/v1/stats/yearly";
    public static final String DELIVERIES = "/api/v1/deliveries";

    private GatewayPaths() {
    }
}
