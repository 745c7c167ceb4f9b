package be.hotline.gateway.signing;

import be.hotline.gateway.tls.ReloadingKeyManager;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.CertificateEncodingException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Detached CMS SignedData (RFC 5652) over exact bytes, made with the gateway's signing key: what a partner checks
 * with {@code openssl cms -verify -inform DER -binary -content body -in sig.der -CAfile ca.pem}. The signed
 * attributes carry the content type, the digest and the signing time; the signer's certificate travels inside.
 * Thread-safe: each signature takes the key in force at that moment (the keystore may be replaced while running).
 */
public final class CmsSigner {

    /** Not registered globally: only the signatures made here use it. */
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private final ReloadingKeyManager key;
    private final DigestCalculatorProvider digests;
    private volatile ProviderKey converted;

    /**
     * The key in force as a Bouncy Castle key, made once per key: BC keeps its precomputed multiples of the curve's
     * generator with a key of its own (about 0.1 ms per P-256 signature), but not when it must convert the JDK's
     * key at every signature (0.5 ms), and the JDK's own ECDSA takes 0.7 ms (measured on the 2-core CI machine).
     */
    private record ProviderKey(PrivateKey source, PrivateKey bouncyCastle) {
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
        ReloadingKeyManager.KeyInForce signing = key.keyInForce();
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(digests).build(
                    new JcaContentSignerBuilder(signatureAlgorithm(signing)).setProvider(BOUNCY_CASTLE)
                            .build(bouncyCastleKey(signing.privateKey())), signing.chain().get(0)));
            generator.addCertificates(new JcaCertStore(signing.chain().subList(0, 1)));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded("DER");
        } catch (OperatorCreationException | CMSException | CertificateEncodingException | IOException e) {
            throw new IllegalStateException("cannot sign with the gateway's signing key", e);
        }
    }

    private PrivateKey bouncyCastleKey(PrivateKey inForce) {
        ProviderKey known = converted;
        if (known == null || !known.source().equals(inForce)) {
            try {
                known = new ProviderKey(inForce, KeyFactory.getInstance(inForce.getAlgorithm(), BOUNCY_CASTLE)
                        .generatePrivate(new PKCS8EncodedKeySpec(inForce.getEncoded())));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot use the signing key with Bouncy Castle", e);
            }
            converted = known;
        }
        return known.bouncyCastle();
    }

    /** As a header carries it: base64 of the DER. */
    public String signBase64(byte[] content) {
        return Base64.getEncoder().encodeToString(sign(content));
    }

    /** SHA-256 with the key's own algorithm: ECDSA for the demo's P-256 key, RSA for an RSA key. */
    private static String signatureAlgorithm(ReloadingKeyManager.KeyInForce signing) {
        String keyAlgorithm = signing.privateKey().getAlgorithm();
        return "EC".equals(keyAlgorithm) ? "SHA256withECDSA" : "SHA256with" + keyAlgorithm;
    }
}
