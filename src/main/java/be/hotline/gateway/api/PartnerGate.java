package be.hotline.gateway.api;

import be.hotline.gateway.access.PartnerAdmission;
import be.hotline.gateway.access.PartnerAdmission.Identified;
import be.hotline.gateway.access.PartnerAdmission.Refused;
import be.hotline.gateway.access.RequestLimits;
import be.hotline.gateway.partner.Partner;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The partner API's front door, in Jetty before Camel: every request is tied to a partner by its TLS client
 * certificate and checked against what its headers announce about the body, and only then handed on, with the
 * partner as a request attribute and within the partner's request limits. A refused request's body is never
 * read; its connection is closed when a body was on its way.
 */
public final class PartnerGate extends Handler.Wrapper {

    /** Request attribute holding the admitted {@link Partner}; read by {@link PartnerAuthenticator}. */
    public static final String PARTNER_ATTRIBUTE = "be.hotline.gateway.partner";
    private static final Logger LOG = LoggerFactory.getLogger(PartnerGate.class);
    private static final int RETRY_AFTER_SECONDS = 1;

    private final PartnerAdmission admission;
    private final BodyBounds bodyBounds;
    private final Duration idleTimeout;
    private final Duration headerTimeout;

    /**
     * @param idleTimeout   how long a connection may stay silent (while sending headers, a body, or between requests)
     * @param headerTimeout how long a new connection may take to complete its first request's headers
     */
    public PartnerGate(PartnerAdmission admission, long maxBodyBytes, Duration idleTimeout, Duration headerTimeout) {
        this.admission = admission;
        this.bodyBounds = new BodyBounds(maxBodyBytes);
        this.idleTimeout = idleTimeout;
        this.headerTimeout = headerTimeout;
    }

    /** Jetty's connectors are made by camel-jetty; their timeouts are set here, before they accept anything. */
    @Override
    protected void doStart() throws Exception {
        for (Connector connector : getServer().getConnectors()) {
            if (connector instanceof AbstractConnector configurable) {
                configurable.setIdleTimeout(idleTimeout.toMillis());
                configurable.addBean(new HeaderDeadline(configurable.getScheduler(), headerTimeout));
            }
        }
        super.doStart();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        PartnerAdmission.Identification identification = admission.identify(peerCertificates(request));
        if (identification instanceof Refused refused) {
            LOG.warn("partner API refused: reason={} remote={} {}", refused.refusal(),
                    Request.getRemoteAddr(request), refused.logReason());
            return refuse(request, response, callback, ApiProblem.forbidden(refused.detail()));
        }
        Partner partner = ((Identified) identification).partner();
        Optional<ApiProblem> bodyProblem = bodyBounds.problemOf(request.getMethod(), request.getHeaders(), request.getLength());
        if (bodyProblem.isPresent()) {
            LOG.info("partner API refused: partner={} status={} problem={}", partner.id(), bodyProblem.get().status(),
                    bodyProblem.get().type());
            return refuse(request, response, callback, bodyProblem.get());
        }
        Optional<RequestLimits.Permit> permit = admission.admit(partner);
        if (permit.isEmpty()) {
            LOG.warn("partner API refused: reason=OVER_LIMIT partner={} limits={}", partner.id(), partner.inbound().limits());
            return refuse(request, response, callback, ApiProblem.tooManyRequests(RETRY_AFTER_SECONDS));
        }
        request.setAttribute(PARTNER_ATTRIBUTE, partner);
        return handOn(request, response, callback, permit.get());
    }

    /** The next handler answers; the permit goes back when the answer is complete (or the request failed). */
    private boolean handOn(Request request, Response response, Callback callback, RequestLimits.Permit permit)
            throws Exception {
        Callback releasing = new Callback.Nested(callback) {
            @Override
            public void succeeded() {
                permit.release();
                super.succeeded();
            }

            @Override
            public void failed(Throwable failure) {
                permit.release();
                super.failed(failure);
            }
        };
        boolean handled;
        try {
            handled = super.handle(request, response, releasing);
        } catch (Exception | Error e) {
            permit.release();
            throw e;
        }
        if (!handled) {
            permit.release();
        }
        return handled;
    }

    /** Closes the open connections of a certificate ops just blocked; its next request needs a new handshake. */
    public void cutOff(String sha256) {
        if (getServer() != null) {
            ConnectionCutter.closeConnectionsOf(getServer(), sha256);
        }
    }

    private static boolean refuse(Request request, Response response, Callback callback, ApiProblem problem) {
        boolean bodyOnItsWay = request.getLength() != 0;
        JettyProblemReply.write(response, problem, Request.getPathInContext(request), bodyOnItsWay, callback);
        return true;
    }

    private static X509Certificate[] peerCertificates(Request request) {
        Object session = request.getAttribute(EndPoint.SslSessionData.ATTRIBUTE);
        return session instanceof EndPoint.SslSessionData data ? data.peerCertificates() : null;
    }
}
