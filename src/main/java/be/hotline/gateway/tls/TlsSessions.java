package be.hotline.gateway.tls;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSessionContext;

/**
 * The session caches of the TLS contexts made with one of our keys, held weakly (a cache no longer used is let go
 * with its context), so that after a reload their cached sessions, made with the old key, are not resumed. The
 * caches, not the {@link SSLContext}s: a socket factory keeps the context's inner part and its caches alive, but not
 * the {@code SSLContext} object itself. Only the session caches: a TLS 1.3
 * client holding a stateless session ticket can still resume (see docs/ops, "Rotating the gateway's own certificates").
 */
final class TlsSessions {

    private final Set<SSLSessionContext> caches = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    void add(SSLContext context) {
        caches.add(context.getClientSessionContext());
        caches.add(context.getServerSessionContext());
    }

    int size() {
        return caches.size();
    }

    void forgetAll() {
        List<SSLSessionContext> now;
        synchronized (caches) {
            now = List.copyOf(caches);
        }
        for (SSLSessionContext sessions : now) {
            for (byte[] id : Collections.list(sessions.getIds())) {
                SSLSession session = sessions.getSession(id);
                if (session != null) {
                    session.invalidate();
                }
            }
        }
    }
}
