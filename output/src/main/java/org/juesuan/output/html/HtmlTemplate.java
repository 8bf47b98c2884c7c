package org.juesuan.output.html;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * One page template (Mustache, where {@code {{x}}} HTML-escapes) with its own stylesheet and script,
 * all read from resources once and inlined so the page works offline as a single file.
 * The page carries a Content-Security-Policy that lets only this exact script run (by its SHA-256),
 * so even a slip in escaping could not run a script hidden in a disclosure's text.
 */
final class HtmlTemplate {
    private static final String ROOT = "org/juesuan/output/html/";
    private final Mustache mustache;
    private final Assets assets;

    /** What every page inlines; {@code {{{css}}}} and {@code {{{script}}}} are our own resources, not input. */
    record Assets(String css, String script, String contentSecurityPolicy) {
    }

    HtmlTemplate(String name) {
        DefaultMustacheFactory factory = new DefaultMustacheFactory(ROOT);
        this.mustache = factory.compile(name + ".mustache");
        String script = resource(name + ".js");
        this.assets = new Assets(resource("common.css") + resource(name + ".css"), script,
                "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-" + sha256(script) + "'");
    }

    void render(Object view, OutputStream out) throws IOException {
        PageWriter page = new PageWriter(out);
        mustache.execute(page, List.of(assets, view));
        page.flush();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlTemplate.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("missing template resource " + ROOT + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template resource " + ROOT + name, e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
