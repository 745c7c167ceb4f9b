package be.hotline.gateway.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.IDN;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The normalisation rules of docs/api/routing-and-lifecycle.md, "Duplicates", as properties. */
class UrlNormaliserTest {

    /** One URL's parts; {@link #spelled} writes it in one of its equivalent spellings. */
    record Parts(String scheme, String host, String path, String query) {

        String spelled(boolean upperScheme, boolean mixedHost, boolean unicodeHost, boolean defaultPort, String fragment) {
            String s = upperScheme ? scheme.toUpperCase(Locale.ROOT) : scheme;
            String h = unicodeHost ? host : IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
            h = mixedHost ? mixedCase(h) : h;
            String port = defaultPort ? (scheme.equals("http") ? ":80" : ":443") : "";
            return s + "://" + h + port + path + query + (fragment == null ? "" : "#" + fragment);
        }

        private static String mixedCase(String text) {
            StringBuilder mixed = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                mixed.append(i % 2 == 0 ? Character.toUpperCase(c) : c);
            }
            return mixed.toString();
        }
    }

    @Provide
    Arbitrary<Parts> urls() {
        Arbitrary<String> scheme = Arbitraries.of("http", "https");
        Arbitrary<String> label = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789äöüéßçñ")
                .ofMinLength(1).ofMaxLength(12).filter(l -> !l.startsWith("xn"));
        Arbitrary<String> host = label.list().ofMinSize(1).ofMaxSize(3).map(labels -> String.join(".", labels) + ".example");
        Arbitrary<String> path = Arbitraries.strings().withChars("abcXYZ019/-._~%+").ofMaxLength(30).map(p -> "/" + p);
        Arbitrary<String> query = Arbitraries.strings().withChars("abcXYZ019=&%+/").ofMaxLength(20)
                .map(q -> q.isEmpty() ? "" : "?" + q);
        return Combinators.combine(scheme, host, path, query).as(Parts::new);
    }

    @Provide
    Arbitrary<String> fragments() {
        return Arbitraries.strings().withChars("abcXYZ/?#").ofMaxLength(10).injectNull(0.3);
    }

    @Property
    void isIdempotent(@ForAll("urls") Parts url, @ForAll boolean upper, @ForAll boolean mixed, @ForAll boolean unicode,
                      @ForAll boolean port, @ForAll("fragments") String fragment) {
        String once = UrlNormaliser.normalise(url.spelled(upper, mixed, unicode, port, fragment));
        assertThat(UrlNormaliser.normalise(once)).isEqualTo(once);
    }

    @Property
    void spellingsDifferingInSchemeHostCaseIdnDefaultPortAndFragmentNormaliseEqual(
            @ForAll("urls") Parts url, @ForAll boolean upper, @ForAll boolean mixed, @ForAll boolean unicode,
            @ForAll boolean port, @ForAll("fragments") String fragment) {
        assertThat(UrlNormaliser.normalise(url.spelled(upper, mixed, unicode, port, fragment)))
                .isEqualTo(UrlNormaliser.normalise(url.spelled(false, false, false, false, null)));
    }

    @Property
    void differentPathsOrQueriesStayDifferent(@ForAll("urls") Parts one, @ForAll("urls") Parts other) {
        Parts sameHost = new Parts(one.scheme(), one.host(), other.path(), other.query());
        String a = UrlNormaliser.normalise(one.spelled(false, false, false, false, null));
        String b = UrlNormaliser.normalise(sameHost.spelled(true, true, false, true, "x"));
        assertThat(a.equals(b)).isEqualTo((one.path() + one.query()).equals(other.path() + other.query()));
    }

    @Example
    void writesTheNormalFormTheDocumentShows() {
        assertThat(UrlNormaliser.normalise("HTTPS://Images.Example.BE:443/gallery/7f3a/index.html#top"))
                .isEqualTo("https://images.example.be/gallery/7f3a/index.html");
        assertThat(UrlNormaliser.normalise("http://Bücher.Example:80?q=A#x")).isEqualTo("http://xn--bcher-kva.example/?q=A");
        assertThat(UrlNormaliser.normalise("http://host.example:8080/A%2Fb?Q=1")).isEqualTo("http://host.example:8080/A%2Fb?Q=1");
        assertThat(UrlNormaliser.normalise("https://user@[2001:DB8::1]:443/x")).isEqualTo("https://user@[2001:db8::1]/x");
        assertThat(UrlNormaliser.normalise("https://a.example/Path")).isNotEqualTo(UrlNormaliser.normalise("https://a.example/path"));
    }
}
