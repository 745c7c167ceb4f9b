package be.hotline.gateway.signing;

import be.hotline.gateway.random.ThreadRandom;
import be.hotline.gateway.tls.ReloadingKeyManager;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.CollectionStore;
import org.bouncycastle.util.Store;

/**
 * Detached CMS SignedData (RFC 5652) over exact bytes, made with the gateway's signing key: what a partner checks
 * with {@code openssl cms -verify -inform DER -binary -content body -in sig.der -CAfile ca.pem}. The signed
 * attributes carry the content type, the digest and the signing time; the signer's certificate travels inside.
 * Thread-safe: each signature takes the key in force at that moment (the keystore may be replaced while running).
 *
 * <p>Every receipt and every delivery is signed, so what does not change between signatures is made once: per key,
 * the Bouncy Castle key, the certificate's encoding and the algorithm ({@link SigningMaterial}); per thread and key,
 * the signer (its {@code Signature} object is not thread-safe); per second, the signing time ({@link SigningTime}).
 * Building them at every signature cost 40 % of its time in a profile of the benchmark.
 */
public final class CmsSigner {

    /** Not registered globally: only the signatures made here use it. */
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private final ReloadingKeyManager key;
    private final DigestCalculatorProvider digests;
    private final SigningTime signingTime = new SigningTime();
    private final ThreadLocal<ThreadSigner> signers = new ThreadLocal<>();
    private volatile SigningMaterial material;

    /**
     * What one key in force gives every signature. The key is held as a Bouncy Castle key: BC keeps its precomputed
     * multiples of the curve's generator with a key of its own (about 0.15 ms per P-256 signature on the 2-core CI
     * machine), not when it must convert the JDK's key at every signature (0.5 ms); the JDK's own ECDSA takes 0.5 ms.
     */
    private record SigningMaterial(PrivateKey source, PrivateKey bouncyCastle, String algorithm,
                                   X509CertificateHolder certificate, Store<X509CertificateHolder> certificates) {

        boolean madeFrom(PrivateKey inForce) {
            return source == inForce || source.equals(inForce);
        }
    }

    /** One thread's signer for one key's material. */
    private record ThreadSigner(SigningMaterial material, SignerInfoGenerator generator) {
    }

    public CmsSigner(ReloadingKeyManager key) {
        this.key = key;
        try {
            this.digests = new JcaDigestCalculatorProviderBuilder().build();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("no digest calculators in this JDK", e);
        }
    }

    /** The DER encoding of a detached SignedData over {@code content}. */
    public byte[] sign(byte[] content) {
        SigningMaterial inForce = material(key.keyInForce());
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signer(inForce));
            generator.addCertificates(inForce.certificates());
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded("DER");
        } catch (CMSException | IOException e) {
            throw new IllegalStateException("cannot sign with the gateway's signing key", e);
        }
    }

    /** As a header carries it: base64 of the DER. */
    public String signBase64(byte[] content) {
        return Base64.getEncoder().encodeToString(sign(content));
    }

    private SigningMaterial material(ReloadingKeyManager.KeyInForce signing) {
        SigningMaterial known = material;
        if (known == null || !known.madeFrom(signing.privateKey())) {
            known = materialOf(signing);
            material = known;
        }
        return known;
    }

    private SignerInfoGenerator signer(SigningMaterial inForce) {
        ThreadSigner mine = signers.get();
        if (mine == null || mine.material() != inForce) {
            try {
                mine = new ThreadSigner(inForce, new SignerInfoGeneratorBuilder(digests)
                        .setSignedAttributeGenerator(signingTime)
                        .build(new JcaContentSignerBuilder(inForce.algorithm()).setProvider(BOUNCY_CASTLE)
                                // ECDSA draws a nonce per signature: from this thread's generator, not the shared one.
                                .setSecureRandom(ThreadRandom.current())
                                .build(inForce.bouncyCastle()), inForce.certificate()));
            } catch (OperatorCreationException e) {
                throw new IllegalStateException("cannot sign with the gateway's signing key", e);
            }
            signers.set(mine);
        }
        return mine.generator();
    }

    private static SigningMaterial materialOf(ReloadingKeyManager.KeyInForce signing) {
        PrivateKey inForce = signing.privateKey();
        X509Certificate leaf = signing.chain().get(0);
        try {
            PrivateKey bouncyCastle = KeyFactory.getInstance(inForce.getAlgorithm(), BOUNCY_CASTLE)
                    .generatePrivate(new PKCS8EncodedKeySpec(inForce.getEncoded()));
            X509CertificateHolder certificate = new JcaX509CertificateHolder(leaf);
            return new SigningMaterial(inForce, bouncyCastle, signatureAlgorithm(inForce), certificate,
                    new CollectionStore<>(List.of(certificate)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot use the signing key with Bouncy Castle", e);
        }
    }

    /** SHA-256 with the key's own algorithm: ECDSA for the demo's P-256 key, RSA for an RSA key. */
    private static String signatureAlgorithm(PrivateKey inForce) {
        String keyAlgorithm = inForce.getAlgorithm();
        return "EC".equals(keyAlgorithm) ? "SHA256withECDSA" : "SHA256with" + keyAlgorithm;
    }
}
