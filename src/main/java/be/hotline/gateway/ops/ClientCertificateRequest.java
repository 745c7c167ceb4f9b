package be.hotline.gateway.ops;

import io.vertx.core.http.ClientAuth;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.TrustOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.function.UnaryOperator;
import javax.net.ssl.TrustManagerFactory;

/**
 * The ops port's TLS asks for a client certificate (CertificateRequest with REQUEST: a client without one still
 * connects and signs in with a password) and accepts only certificates issued by the CAs of {@code gateway.ops.client-ca}.
 *
 * <p>Set on the Vert.x options directly: Camel 4.18's platform-http server copies only key and trust material from
 * {@code SSLContextParameters} (VertxHelper.setupSSLOptions ignores {@code SSLContextServerParameters
 * .clientAuthentication}), and no {@code camel.server.*} setting asks for a client certificate.
 */
public final class ClientCertificateRequest implements UnaryOperator<HttpServerOptions> {

    private final TrustOptions trustedIssuers;

    private ClientCertificateRequest(TrustOptions trustedIssuers) {
        this.trustedIssuers = trustedIssuers;
    }

    /** Client certificates issued by the CAs in this PEM file (one or more certificates). */
    public static ClientCertificateRequest trusting(Path caPem) {
        return new ClientCertificateRequest(TrustOptions.wrap(trustManagers(caPem)));
    }

    @Override
    public HttpServerOptions apply(HttpServerOptions options) {
        return options.setClientAuth(ClientAuth.REQUEST).setTrustOptions(trustedIssuers);
    }

    private static TrustManagerFactory trustManagers(Path caPem) {
        try (InputStream in = Files.newInputStream(caPem)) {
            Collection<? extends Certificate> cas = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (cas.isEmpty()) {
                throw new IllegalStateException("gateway.ops.client-ca: no certificate in " + caPem);
            }
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            int i = 0;
            for (Certificate ca : cas) {
                trusted.setCertificateEntry("ops-client-ca-" + i++, ca);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trusted);
            return factory;
        } catch (IOException e) {
            throw new UncheckedIOException("gateway.ops.client-ca: cannot read " + caPem, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("gateway.ops.client-ca: " + caPem + " holds no usable CA certificate", e);
        }
    }
}
