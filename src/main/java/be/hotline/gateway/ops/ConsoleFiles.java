package be.hotline.gateway.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.camel.Exchange;

/**
 * The console's static files, from the classpath (ops-console/ and the uPlot webjar) and only these names: nothing is ever
 * read from the working directory, which holds keys (camel.server.staticEnabled stays off).
 */
public final class ConsoleFiles {

    private static final String UPLOT = "META-INF/resources/webjars/uplot/1.6.30/dist/";
    private static final Map<String, String[]> FILES = Map.of(
            "", new String[] {"ops-console/index.html", "text/html; charset=utf-8"},
            "console.js", new String[] {"ops-console/console.js", "text/javascript; charset=utf-8"},
            "console.css", new String[] {"ops-console/console.css", "text/css; charset=utf-8"},
            "statistics", new String[] {"ops-console/statistics.html", "text/html; charset=utf-8"},
            "statistics.js", new String[] {"ops-console/statistics.js", "text/javascript; charset=utf-8"},
            // The charting library from its webjar on the classpath (the version in UPLOT is pom.xml's); never a CDN.
            "uplot.js", new String[] {UPLOT + "uPlot.iife.min.js", "text/javascript; charset=utf-8"},
            "uplot.css", new String[] {UPLOT + "uPlot.min.css", "text/css; charset=utf-8"});

    /** Only the console's own files run or load; no inline script, no plugins, no framing, no foreign forms. */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public void serve(Exchange exchange) {
        String path = OpsHttp.request(exchange).path();
        String name = path.equals("/ops/") || path.equals("/ops") ? "" : path.substring(path.lastIndexOf('/') + 1);
        String[] file = FILES.get(name);
        byte[] content = file == null ? null : read(file[0]);
        if (content == null) {
            throw OpsProblem.notFound("No such file.");
        }
        OpsHttp.reply(exchange, 200, file[1], content, Map.of("Content-Security-Policy", POLICY, "X-Frame-Options", "DENY"));
    }

    private static byte[] read(String resource) {
        try (InputStream in = ConsoleFiles.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
