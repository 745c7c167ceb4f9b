package be.hotline.gateway.revocation;

import be.hotline.gateway.pki.IssuedCertificate;
import be.hotline.gateway.support.FreePort;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.jcajce.JcaBasicOCSPRespBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A CA's revocation publishing point on 127.0.0.1 (the JDK's HTTP server): {@code /crl} serves the CA's current
 * CRL, made afresh from the revoked serials at each request; {@code /ocsp} is an OCSP responder built with Bouncy
 * Castle, signing with the CA or a delegated responder; {@code /down} answers 503. Requests are counted per path.
 */
final class RevocationServer implements AutoCloseable {

    private final RevocationPki pki;
    private final HttpServer server;
    private final Set<BigInteger> revoked = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private volatile IssuedCertificate ocspSigner;
    private volatile byte[] fixedCrl;
    private volatile Duration crlValidity = Duration.ofHours(1);

    RevocationServer(RevocationPki pki) throws IOException {
        this.pki = pki;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", FreePort.find()), 16);
        server.createContext("/crl", exchange -> answer(exchange, 200, currentCrl()));
        server.createContext("/ocsp", exchange -> answer(exchange, 200, ocspAnswer(exchange)));
        server.createContext("/down", exchange -> answer(exchange, 503, new byte[0]));
        server.createContext("/huge", exchange -> answer(exchange, 200, new byte[11 * 1024 * 1024]));
        server.createContext("/elsewhere", exchange -> {
            exchange.getResponseHeaders().add("Location", "file:///etc/passwd");
            answer(exchange, 302, new byte[0]);
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void revoke(BigInteger serial) {
        revoked.add(serial);
    }

    /** From now on /crl serves these bytes, whatever is revoked. */
    void serveCrl(byte[] crl) {
        fixedCrl = crl;
    }

    void crlValidFor(Duration validity) {
        crlValidity = validity;
    }

    /** Null: the CA signs OCSP answers itself. */
    void signOcspWith(IssuedCertificate responder) {
        ocspSigner = responder;
    }

    int requests(String path) {
        AtomicInteger count = requests.get(path);
        return count == null ? 0 : count.get();
    }

    private byte[] currentCrl() {
        byte[] fixed = fixedCrl;
        return fixed != null ? fixed : pki.crl(new ArrayList<>(revoked), Instant.now().plus(crlValidity));
    }

    private byte[] ocspAnswer(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        IssuedCertificate delegate = ocspSigner;
        X509Certificate signer = delegate == null ? pki.ca.certificate() : delegate.certificate();
        PrivateKey key = delegate == null ? pki.ca.privateKey() : delegate.privateKey();
        try {
            BasicOCSPRespBuilder builder = new JcaBasicOCSPRespBuilder(signer.getPublicKey(),
                    new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1));
            Date thisUpdate = new Date();
            Date nextUpdate = Date.from(Instant.now().plus(Duration.ofHours(1)));
            for (Req request : new OCSPReq(body).getRequestList()) {
                CertificateID id = request.getCertID();
                CertificateStatus status = revoked.contains(id.getSerialNumber())
                        ? new RevokedStatus(Date.from(pki.revokedAt()), CRLReason.keyCompromise) : CertificateStatus.GOOD;
                builder.addResponse(id, status, thisUpdate, nextUpdate);
            }
            X509CertificateHolder[] chain = delegate == null ? null
                    : new X509CertificateHolder[] {new JcaX509CertificateHolder(delegate.certificate())};
            BasicOCSPResp basic = builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key), chain, new Date());
            return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
        } catch (Exception e) {
            throw new IOException("test OCSP responder failed", e);
        }
    }

    private void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        requests.computeIfAbsent(exchange.getHttpContext().getPath(), path -> new AtomicInteger()).incrementAndGet();
        try (exchange) {
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
