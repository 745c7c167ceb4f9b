package be.hotline.gateway.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.partner.RevocationMode;
import be.hotline.gateway.pki.IssuedCertificate;
import be.hotline.gateway.revocation.RevocationPki.Leaf;
import be.hotline.gateway.revocation.RevocationVerdict.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The checker against a real CRL publishing point and a real OCSP responder on 127.0.0.1, with certificates
 * that name them: what it believes, what it refuses under each mode, and how often it fetches.
 */
class RevocationCheckerTest {

    private static final Duration REFRESH = Duration.ofSeconds(1);
    private final RevocationPki pki = new RevocationPki("Revocation Checker Test CA");
    private final RevocationServer server = startServer();
    private final RevocationSources sources = new RevocationSources(
            new RevocationSettings(REFRESH, Duration.ofSeconds(2), Duration.ofHours(1)));
    private final RevocationChecker checker = new RevocationChecker(sources, Clock.systemUTC());
    private final RevocationRefresher refresher = new RevocationRefresher(sources, Clock.systemUTC());

    @AfterEach
    void stop() {
        refresher.stop();
        server.close();
    }

    @Test
    void aCertificateListedInItsFreshCrlIsRefusedUnderStrictAndSoft() {
        IssuedCertificate revoked = pki.issue(Leaf.client("revoked", server.url("/crl"), null));
        server.revoke(revoked.certificate().getSerialNumber());

        RevocationVerdict soft = check(revoked, RevocationMode.SOFT);
        RevocationVerdict strict = check(revoked, RevocationMode.STRICT);

        assertThat(soft.status()).isEqualTo(Status.REVOKED);
        assertThat(soft.revokedAt()).isEqualTo(pki.revokedAt());
        assertThat(soft.reason()).contains("KEY_COMPROMISE");
        assertThat(soft.refuses()).isTrue();
        assertThat(strict.refuses()).isTrue();
    }

    @Test
    void aFreshCrlIsFetchedOnceNotAtEachCheck() {
        IssuedCertificate good = pki.issue(Leaf.client("good", server.url("/crl"), null));

        for (int i = 0; i < 50; i++) {
            assertThat(check(good, RevocationMode.STRICT).status()).isEqualTo(Status.GOOD);
        }

        assertThat(server.requests("/crl")).isEqualTo(1);
    }

    @Test
    void aCertificateRevokedAfterItWasAcceptedIsRefusedWithinOneRefreshWithoutRestart() throws Exception {
        IssuedCertificate certificate = pki.issue(Leaf.client("revoked later", server.url("/crl"), null));
        refresher.start();
        assertThat(check(certificate, RevocationMode.SOFT).refuses()).isFalse();

        server.revoke(certificate.certificate().getSerialNumber());
        long revokedAt = System.nanoTime();
        RevocationVerdict verdict = check(certificate, RevocationMode.SOFT);
        while (!verdict.refuses() && System.nanoTime() - revokedAt < REFRESH.multipliedBy(5).toNanos()) {
            Thread.sleep(20);
            verdict = check(certificate, RevocationMode.SOFT);
        }

        Duration took = Duration.ofNanos(System.nanoTime() - revokedAt);
        assertThat(verdict.status()).isEqualTo(Status.REVOKED);
        // One interval, plus the fetch itself on a loaded machine.
        assertThat(took).isLessThan(REFRESH.plusMillis(750));
    }

    @Test
    void anOcspResponderSayingRevokedIsBelieved() {
        IssuedCertificate revoked = pki.issue(Leaf.client("revoked by ocsp", null, server.url("/ocsp")));
        IssuedCertificate good = pki.issue(Leaf.client("good by ocsp", null, server.url("/ocsp")));
        server.revoke(revoked.certificate().getSerialNumber());

        RevocationVerdict verdict = check(revoked, RevocationMode.SOFT);

        assertThat(verdict.status()).isEqualTo(Status.REVOKED);
        assertThat(verdict.revokedAt()).isEqualTo(pki.revokedAt());
        assertThat(verdict.refuses()).isTrue();
        assertThat(check(good, RevocationMode.STRICT).status()).isEqualTo(Status.GOOD);
        assertThat(check(good, RevocationMode.STRICT).refuses()).isFalse();
        assertThat(server.requests("/ocsp")).as("one question per certificate, then the cache").isEqualTo(2);
    }

    @Test
    void aDelegatedResponderIsBelievedOnlyWithOcspSigningFromTheIssuer() {
        IssuedCertificate certificate = pki.issue(Leaf.client("delegated", null, server.url("/ocsp")));
        server.revoke(certificate.certificate().getSerialNumber());
        server.signOcspWith(pki.ocspResponder(false));
        RevocationVerdict withoutOcspSigning = check(certificate, RevocationMode.STRICT);

        RevocationSources fresh = new RevocationSources(sources.settings());
        server.signOcspWith(pki.ocspResponder(true));
        RevocationVerdict withOcspSigning = new RevocationChecker(fresh, Clock.systemUTC())
                .check(certificate.certificate(), pki.ca.certificate(), RevocationMode.STRICT, List.of());

        assertThat(withoutOcspSigning.status()).isEqualTo(Status.UNKNOWN);
        assertThat(withoutOcspSigning.reason()).contains("not signed by");
        assertThat(withoutOcspSigning.refuses()).isTrue();
        assertThat(withOcspSigning.status()).isEqualTo(Status.REVOKED);
    }

    @Test
    void aFreshCrlSayingRevokedWinsOverOcspSayingGood() {
        IssuedCertificate certificate = pki.issue(Leaf.client("both", server.url("/crl"), server.url("/ocsp")));
        server.serveCrl(pki.crl(RevocationPki.serials(certificate), pki.now.plus(Duration.ofHours(1))));

        assertThat(check(certificate, RevocationMode.SOFT).status()).isEqualTo(Status.REVOKED);
    }

    @Test
    void aCrlWithABadSignatureIsNotTrusted() {
        IssuedCertificate listed = pki.issue(Leaf.client("listed by a forger", server.url("/crl"), null));
        server.serveCrl(pki.crl(RevocationPki.serials(listed), pki.now.plus(Duration.ofHours(1)),
                RevocationPki.someOtherKey()));
        IssuedCertificate notListed = pki.issue(Leaf.client("cleared by a forger", server.url("/crl"), null));

        RevocationVerdict listedVerdict = check(listed, RevocationMode.STRICT);
        RevocationVerdict notListedVerdict = check(notListed, RevocationMode.STRICT);

        assertThat(listedVerdict.status()).isEqualTo(Status.UNKNOWN);
        assertThat(notListedVerdict.status()).as("a forged CRL cannot clear a certificate").isEqualTo(Status.UNKNOWN);
        assertThat(notListedVerdict.reason()).contains("signature does not verify");
        assertThat(sources.problems(Clock.systemUTC().instant())).containsKey(server.url("/crl"));
    }

    @Test
    void anUnreachableSourceIsUnknownSoftAcceptsStrictRefuses() {
        String nobodyListens = "http://127.0.0.1:" + be.hotline.gateway.support.FreePort.find() + "/crl";
        IssuedCertificate certificate = pki.issue(Leaf.client("unreachable", nobodyListens, null));

        RevocationVerdict soft = check(certificate, RevocationMode.SOFT);
        RevocationVerdict strict = check(certificate, RevocationMode.STRICT);

        assertThat(soft.status()).isEqualTo(Status.UNKNOWN);
        assertThat(soft.refuses()).isFalse();
        assertThat(strict.refuses()).isTrue();
        assertThat(strict.reason()).contains(nobodyListens);
        assertThat(sources.problems(Clock.systemUTC().instant())).containsKey(nobodyListens);
    }

    @Test
    void aFailedFetchIsNotRepeatedAtEachCheckOnlyByTheRefresher() throws Exception {
        IssuedCertificate certificate = pki.issue(Leaf.client("source down", server.url("/down"), null));

        for (int i = 0; i < 20; i++) {
            assertThat(check(certificate, RevocationMode.SOFT).status()).isEqualTo(Status.UNKNOWN);
        }
        assertThat(server.requests("/down")).isEqualTo(1);

        refresher.start();
        long deadline = System.nanoTime() + REFRESH.multipliedBy(5).toNanos();
        while (server.requests("/down") < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(server.requests("/down")).as("the refresher tries again").isGreaterThanOrEqualTo(2);
    }

    @Test
    void offNeverFetches() {
        IssuedCertificate certificate = pki.issue(Leaf.client("off", server.url("/crl"), server.url("/ocsp")));
        server.revoke(certificate.certificate().getSerialNumber());

        RevocationVerdict verdict = checker.check(certificate.certificate(), pki.ca.certificate(), RevocationMode.OFF,
                List.of(server.url("/crl")));

        assertThat(verdict.status()).isEqualTo(Status.NOT_CHECKED);
        assertThat(verdict.refuses()).isFalse();
        assertThat(server.requests("/crl") + server.requests("/ocsp")).isZero();
    }

    @Test
    void registryCrlsAreReadFromDerAndPemFilesAndUrls(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        IssuedCertificate inFile = pki.issue(Leaf.client("in the file", null, null));
        IssuedCertificate inPem = pki.issue(Leaf.client("in the pem file", null, null));
        IssuedCertificate atUrl = pki.issue(Leaf.client("at the url", null, null));
        Path der = folder.resolve("partner.crl");
        Files.write(der, pki.crl(RevocationPki.serials(inFile), pki.now.plus(Duration.ofHours(1))));
        Path pem = folder.resolve("partner.crl.pem");
        Files.writeString(pem, "-----BEGIN X509 CRL-----\n" + java.util.Base64.getMimeEncoder().encodeToString(
                pki.crl(RevocationPki.serials(inPem), pki.now.plus(Duration.ofHours(1)))) + "\n-----END X509 CRL-----\n");
        server.revoke(atUrl.certificate().getSerialNumber());

        assertThat(checker.check(inFile.certificate(), pki.ca.certificate(), RevocationMode.SOFT,
                List.of(der.toString())).status()).isEqualTo(Status.REVOKED);
        assertThat(checker.check(inPem.certificate(), pki.ca.certificate(), RevocationMode.SOFT,
                List.of(pem.toString())).status()).isEqualTo(Status.REVOKED);
        assertThat(checker.check(atUrl.certificate(), pki.ca.certificate(), RevocationMode.SOFT,
                List.of(server.url("/crl"))).status()).isEqualTo(Status.REVOKED);
    }

    @Test
    void aCrlPastItsNextUpdateIsNoLongerUsed() throws Exception {
        IssuedCertificate certificate = pki.issue(Leaf.client("stale", server.url("/crl"), null));
        server.crlValidFor(Duration.ofSeconds(2));
        assertThat(check(certificate, RevocationMode.STRICT).status()).isEqualTo(Status.GOOD);

        Thread.sleep(2_100);

        assertThat(check(certificate, RevocationMode.STRICT).status()).isEqualTo(Status.UNKNOWN);
        assertThat(sources.problems(Clock.systemUTC().instant()).get(server.url("/crl"))).startsWith("stale since");
    }

    @Test
    void oversizedAnswersAndRedirectsToAnotherSchemeAreRefused() {
        IssuedCertificate huge = pki.issue(Leaf.client("huge", server.url("/huge"), null));
        IssuedCertificate elsewhere = pki.issue(Leaf.client("elsewhere", server.url("/elsewhere"), null));

        assertThat(check(huge, RevocationMode.SOFT).reason()).contains("larger than " + RevocationSettings.MAX_CRL_BYTES);
        assertThat(check(elsewhere, RevocationMode.SOFT).reason()).contains("another scheme refused");
    }

    private RevocationVerdict check(IssuedCertificate certificate, RevocationMode mode) {
        return checker.check(certificate.certificate(), pki.ca.certificate(), mode, List.of());
    }

    private RevocationServer startServer() {
        try {
            return new RevocationServer(pki);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
