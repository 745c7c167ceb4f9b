package be.hotline.gateway.dedupe;

import java.net.IDN;
import java.util.Locale;

/**
 * The form in which two spellings of one URL compare equal (docs/api/routing-and-lifecycle.md, "Duplicates"):
 * scheme and host lower-case, an internationalised host in its ASCII (punycode) form, the scheme's default port
 * dropped, the fragment dropped (it never reaches the server), an empty path read as "/". Path and query are
 * kept exactly as sent: servers may tell their case and their encoding apart.
 */
public final class UrlNormaliser {

    private UrlNormaliser() {
    }

    /** The normalised URL; a text that is not an absolute URL with an authority is returned without its fragment. */
    public static String normalise(String url) {
        String withoutFragment = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
        int schemeEnd = withoutFragment.indexOf("://");
        if (schemeEnd <= 0) {
            return withoutFragment;
        }
        String scheme = withoutFragment.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        String rest = withoutFragment.substring(schemeEnd + 3);
        int authorityEnd = firstOf(rest, '/', '?');
        String authority = rest.substring(0, authorityEnd);
        String pathAndQuery = rest.substring(authorityEnd);
        if (pathAndQuery.isEmpty() || pathAndQuery.startsWith("?")) {
            pathAndQuery = "/" + pathAndQuery;
        }
        return scheme + "://" + authority(scheme, authority) + pathAndQuery;
    }

    private static String authority(String scheme, String authority) {
        int at = authority.lastIndexOf('@');
        String userInfo = at >= 0 ? authority.substring(0, at + 1) : "";
        String hostAndPort = authority.substring(at + 1);
        int portStart = portStart(hostAndPort);
        String host = portStart >= 0 ? hostAndPort.substring(0, portStart) : hostAndPort;
        String port = portStart >= 0 ? hostAndPort.substring(portStart + 1) : "";
        if (port.equals(defaultPort(scheme)) || port.isEmpty()) {
            return userInfo + asciiHost(host);
        }
        return userInfo + asciiHost(host) + ":" + port;
    }

    /** The colon before the port; an IPv6 literal's own colons sit inside brackets. */
    private static int portStart(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        return colon > hostAndPort.lastIndexOf(']') ? colon : -1;
    }

    private static String asciiHost(String host) {
        if (host.startsWith("[")) {
            return host.toLowerCase(Locale.ROOT);
        }
        try {
            return IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAnIdn) {
            // Not convertible (e.g. an over-long label): still compare case-insensitively.
            return host.toLowerCase(Locale.ROOT);
        }
    }

    private static String defaultPort(String scheme) {
        return switch (scheme) {
            case "http" -> "80";
            case "https" -> "443";
            default -> "";
        };
    }

    private static int firstOf(String text, char a, char b) {
        int first = text.length();
        int ia = text.indexOf(a);
        int ib = text.indexOf(b);
        if (ia >= 0) {
            first = ia;
        }
        if (ib >= 0 && ib < first) {
            first = ib;
        }
        return first;
    }
}
