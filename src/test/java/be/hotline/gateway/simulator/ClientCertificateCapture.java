package be.hotline.gateway.simulator;

import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.SubEvent;
import java.lang.reflect.Field;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/**
 * Records the subject of the verified client certificate as a sub-event of the serve event, so it lands
 * in WireMock's request journal (a request header added by a filter would not: the journal keeps the
 * original request). WireMock keeps the servlet request (which carries the TLS session) in a private
 * field of its request adapter and has no public accessor, hence the reflection; if a WireMock upgrade
 * moves it, the subject is simply absent (the self-test notices).
 */
final class ClientCertificateCapture implements StubRequestFilterV2 {

    static final String SUB_EVENT_TYPE = "client-certificate";
    static final String SUBJECT = "subject";
    // Jetty's TLS session attribute, its name relocated by WireMock's shading. Not the standard
    // "...request.X509Certificate" attribute: shading renamed it after Jetty's string switch was
    // compiled (hash of the old name, equals() on the new one), so getAttribute never finds it.
    private static final String SSL_SESSION_ATTRIBUTE = "wiremock.org.eclipse.jetty.servlet.request.ssl_session";

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        verifiedSubject(request).ifPresent(subject ->
                serveEvent.appendSubEvent(new SubEvent(SUB_EVENT_TYPE, null, Map.of(SUBJECT, subject))));
        return RequestFilterAction.continueWith(request);
    }

    @Override
    public String getName() {
        return "client-certificate-capture";
    }

    private static Optional<String> verifiedSubject(Request request) {
        try {
            Field field = request.getClass().getDeclaredField("request");
            field.setAccessible(true);
            Object servletRequest = field.get(request);
            // Looked up on the field's (public) interface type: the runtime class may not be public.
            Object session = field.getType().getMethod("getAttribute", String.class)
                    .invoke(servletRequest, SSL_SESSION_ATTRIBUTE);
            if (session instanceof SSLSession tls && tls.getPeerCertificates()[0] instanceof X509Certificate leaf) {
                return Optional.of(leaf.getSubjectX500Principal().getName());
            }
            return Optional.empty();
        } catch (ReflectiveOperationException | SSLPeerUnverifiedException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
