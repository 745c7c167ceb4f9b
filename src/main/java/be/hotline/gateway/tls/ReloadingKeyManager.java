package be.hotline.gateway.tls;

import be.hotline.gateway.access.KeyStrength;
import be.hotline.gateway.partner.Fingerprints;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Collections;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One of the gateway's own keys (the partner API's server certificate, or the client certificate of deliveries),
 * read from its PKCS#12 file and read again, without a restart, when the file changes ({@link #reloadIfChanged}).
 * Every new TLS handshake presents the key in force at that moment; connections already open keep theirs. A new
 * file is taken only whole and usable (one key entry, the same password, valid now, strong enough); otherwise the
 * previous key stays in force and the log says why.
 */
public final class ReloadingKeyManager extends X509ExtendedKeyManager {

    /** One loaded file. Aliases handed out carry its number, so a handshake never mixes two files' key and chain. */
    private record Generation(int number, X509ExtendedKeyManager keys, String digest, X509Certificate certificate) {

        String alias(String alias) {
            return alias == null ? null : number + ":" + alias;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(ReloadingKeyManager.class);
    private final String purpose;
    private final Path file;
    private final char[] password;
    private final Clock clock;
    private volatile Generation current;
    private volatile Generation previous;
    private volatile String lastTriedDigest;
    private final List<Runnable> reloadListeners = new CopyOnWriteArrayList<>();

    /** @param purpose what the key is for, as the log names it, e.g. "partner API server certificate" */
    public ReloadingKeyManager(String purpose, Path file, char[] password, Clock clock) {
        this.purpose = purpose;
        this.file = file;
        this.password = password.clone();
        this.clock = clock;
        String digest = digest();
        this.current = load(1, digest);
        this.lastTriedDigest = digest;
    }

    /** Takes the file again when its content changed; true when a new key is now in force. */
    public synchronized boolean reloadIfChanged() {
        String digest;
        try {
            digest = digest();
        } catch (IllegalStateException e) {
            LOG.error("{} keystore {} cannot be read; still presenting sha256={}", purpose, file,
                    Fingerprints.sha256(current.certificate()));
            return false;
        }
        if (digest.equals(current.digest()) || digest.equals(lastTriedDigest)) {
            return false;
        }
        lastTriedDigest = digest;
        try {
            Generation next = load(current.number() + 1, digest);
            previous = current;
            current = next;
            reloadListeners.forEach(Runnable::run);
            LOG.warn("{} keystore {} reloaded: new handshakes present subject={} sha256={} notAfter={}", purpose, file,
                    next.certificate().getSubjectX500Principal().getName(), Fingerprints.sha256(next.certificate()),
                    next.certificate().getNotAfter().toInstant());
            return true;
        } catch (IllegalStateException e) {
            LOG.error("{} keystore {} NOT reloaded, still presenting sha256={}: {}", purpose, file,
                    Fingerprints.sha256(current.certificate()), e.getMessage());
            return false;
        }
    }

    /** Called after each reload that took a new key (e.g. to forget TLS sessions made with the old one). */
    public void onReload(Runnable listener) {
        reloadListeners.add(listener);
    }

    /** The certificate new handshakes present now. */
    public X509Certificate certificate() {
        return current.certificate();
    }

    private Generation load(int number, String digest) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String alias = onlyKeyEntry(store);
            X509Certificate certificate = (X509Certificate) store.getCertificate(alias);
            certificate.checkValidity(Date.from(clock.instant()));
            Optional<String> weak = KeyStrength.refusal(certificate);
            if (weak.isPresent()) {
                throw new IllegalStateException("its certificate is too weak: " + weak.get());
            }
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, password);
            return new Generation(number, (X509ExtendedKeyManager) factory.getKeyManagers()[0], digest, certificate);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot use " + purpose + " keystore " + file + ": " + e.getMessage(), e);
        }
    }

    private String onlyKeyEntry(KeyStore store) throws GeneralSecurityException {
        var keyEntries = Collections.list(store.aliases()).stream().filter(alias -> isKey(store, alias)).toList();
        if (keyEntries.size() != 1) {
            throw new IllegalStateException(purpose + " keystore " + file + " must hold exactly one key entry, not "
                    + keyEntries.size());
        }
        return keyEntries.get(0);
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private String digest() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read " + purpose + " keystore " + file + ": " + e.getMessage(), e);
        }
    }

    /** The generation an alias came from (the current one, or the one just replaced), and its own alias. */
    private Optional<Generation> generationOf(String alias) {
        if (alias == null || alias.indexOf(':') < 0) {
            return Optional.empty();
        }
        String number = alias.substring(0, alias.indexOf(':'));
        Generation now = current;
        Generation before = previous;
        if (Integer.toString(now.number()).equals(number)) {
            return Optional.of(now);
        }
        return before != null && Integer.toString(before.number()).equals(number) ? Optional.of(before) : Optional.empty();
    }

    private static String own(String alias) {
        return alias.substring(alias.indexOf(':') + 1);
    }

    @Override
    public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
        Generation now = current;
        return now.alias(now.keys().chooseEngineServerAlias(keyType, issuers, engine));
    }

    @Override
    public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
        Generation now = current;
        return now.alias(now.keys().chooseEngineClientAlias(keyType, issuers, engine));
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        Generation now = current;
        return now.alias(now.keys().chooseServerAlias(keyType, issuers, socket));
    }

    @Override
    public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
        Generation now = current;
        return now.alias(now.keys().chooseClientAlias(keyType, issuers, socket));
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        return generationOf(alias).map(g -> g.keys().getCertificateChain(own(alias))).orElse(null);
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        return generationOf(alias).map(g -> g.keys().getPrivateKey(own(alias))).orElse(null);
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        Generation now = current;
        return aliases(now, now.keys().getClientAliases(keyType, issuers));
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        Generation now = current;
        return aliases(now, now.keys().getServerAliases(keyType, issuers));
    }

    private static String[] aliases(Generation generation, String[] aliases) {
        return aliases == null ? null : java.util.Arrays.stream(aliases).map(generation::alias).toArray(String[]::new);
    }
}
