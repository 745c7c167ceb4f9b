package be.hotline.gateway.tls;

import be.hotline.gateway.partner.Fingerprints;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One of the gateway's own keys (the partner API's server certificate, or the client certificate of deliveries),
 * read from its PKCS#12 file and read again, without a restart, when the file's content differs from the key in force
 * ({@link #reloadIfChanged}). Every new TLS handshake presents the key in force at that moment; connections already
 * open keep theirs. A file is read once per check and taken only when {@link OwnKeyFile} finds it fit: one key entry,
 * the configured password, a certificate issued for the key's use (serverAuth or clientAuth), a private key that is the
 * certificate's, a whole chain strong enough and valid now. Otherwise the key in force stays, and the log says why:
 * at once for a new file or a new reason, then at most once a minute while the same file stays refused. A refused
 * file is checked again at every look, so one that becomes valid (its notBefore reached) or that is moved in again
 * is taken then.
 */
public final class ReloadingKeyManager extends X509ExtendedKeyManager {

    /** One loaded file. Aliases handed out carry its number, so a handshake never mixes two files' key and chain. */
    private record Generation(int number, X509ExtendedKeyManager keys, String digest, List<X509Certificate> chain) {

        String alias(String alias) {
            return alias == null ? null : number + ":" + alias;
        }

        X509Certificate certificate() {
            return chain.get(0);
        }
    }

    /** The refusal last logged: the same one is logged again only after {@link #REPEAT_REFUSAL_LOG}. */
    private record Refusal(String digest, String reason, Instant logged) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ReloadingKeyManager.class);
    static final Duration REPEAT_REFUSAL_LOG = Duration.ofMinutes(1);
    private final String purpose;
    private final OwnKeyUse use;
    private final Path file;
    private final char[] password;
    private final Clock clock;
    private final TlsSessions sessions = new TlsSessions();
    private volatile Generation current;
    private volatile Generation previous;
    private Refusal lastRefusal;
    private final List<Runnable> reloadListeners = new CopyOnWriteArrayList<>();

    /**
     * @param purpose what the key is for, as the log names it, e.g. "partner API server certificate"
     * @throws IllegalStateException when the file is unreadable or unfit: the gateway does not start
     */
    public ReloadingKeyManager(String purpose, OwnKeyUse use, Path file, char[] password, Clock clock) {
        this.purpose = purpose;
        this.use = use;
        this.file = file;
        this.password = password.clone();
        this.clock = clock;
        try {
            byte[] content = Files.readAllBytes(file);
            this.current = generation(1, content, digest(content));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + purpose + " keystore " + file + ": " + e.getMessage(), e);
        } catch (OwnKeyFile.Unfit e) {
            throw new IllegalStateException("cannot use " + purpose + " keystore " + file + ": " + e.getMessage(), e);
        }
        onReload(sessions::forgetAll);
    }

    /** Takes the file when its content is not the key in force and it is fit; true when a new key is now in force. */
    public synchronized boolean reloadIfChanged() {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            refused("", "it cannot be read: " + e.getMessage());
            return false;
        }
        String digest = digest(content);
        if (digest.equals(current.digest())) {
            lastRefusal = null;
            return false;
        }
        Generation next;
        try {
            next = generation(current.number() + 1, content, digest);
        } catch (OwnKeyFile.Unfit e) {
            refused(digest, e.getMessage());
            return false;
        }
        lastRefusal = null;
        previous = current;
        current = next;
        for (Runnable listener : reloadListeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.error("{} keystore {}: an action after the reload failed (the new key is in force)", purpose, file, e);
            }
        }
        LOG.warn("{} keystore {} reloaded: new handshakes present subject={} sha256={} notAfter={}", purpose, file,
                next.certificate().getSubjectX500Principal().getName(), Fingerprints.sha256(next.certificate()),
                next.certificate().getNotAfter().toInstant());
        return true;
    }

    private void refused(String digest, String reason) {
        Instant now = clock.instant();
        Refusal last = lastRefusal;
        if (last != null && last.digest().equals(digest) && last.reason().equals(reason)
                && now.isBefore(last.logged().plus(REPEAT_REFUSAL_LOG))) {
            return;
        }
        lastRefusal = new Refusal(digest, reason, now);
        LOG.error("{} keystore {} NOT reloaded, still presenting sha256={}: {}", purpose, file,
                Fingerprints.sha256(current.certificate()), reason);
    }

    /** Called after each reload that took a new key (e.g. to close connections made with the old one). */
    public void onReload(Runnable listener) {
        reloadListeners.add(listener);
    }

    /** A TLS context made with this key: its cached sessions are forgotten at each reload. */
    void forgetSessionsOnReload(SSLContext context) {
        sessions.add(context);
    }

    /** How many actions run after a reload (for tests: making a TLS context adds none). */
    int reloadActions() {
        return reloadListeners.size();
    }

    /** How many session caches are followed (for tests: one no longer referenced is not kept). */
    int followedSessionCaches() {
        return sessions.size();
    }

    /** A key and its chain as one file holds them: a signature made with it never mixes two files. */
    public record KeyInForce(PrivateKey privateKey, List<X509Certificate> chain) {
    }

    /** The key in force now with its chain (leaf first), for what signs outside a handshake (CMS). */
    public KeyInForce keyInForce() {
        Generation now = current;
        String[] aliases = now.keys().getServerAliases(now.certificate().getPublicKey().getAlgorithm(), null);
        if (aliases == null || aliases.length != 1) {
            throw new IllegalStateException(purpose + ": expected one key entry in " + file);
        }
        return new KeyInForce(now.keys().getPrivateKey(aliases[0]), now.chain());
    }

    /** The certificate new handshakes present now. */
    public X509Certificate certificate() {
        return current.certificate();
    }

    /** The chain new handshakes present now, leaf first: the key in force, not whatever lies in the file. */
    public List<X509Certificate> chain() {
        return current.chain();
    }

    private Generation generation(int number, byte[] content, String digest) throws OwnKeyFile.Unfit {
        OwnKeyFile.Fit fit = OwnKeyFile.check(content, password, use, clock.instant());
        return new Generation(number, fit.keys(), digest, fit.chain());
    }

    private static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no SHA-256 in this JDK", e);
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
