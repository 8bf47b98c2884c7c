package org.juesuan.output.html;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
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

    /**
     * Mustache writes a page as thousands of short strings: this gathers them without the lock a
     * BufferedWriter or StringWriter takes for each, and encodes them in runs of some 64 K chars.
     */
    private static final class PageWriter extends Writer {
        private static final int RUN = 1 << 16;
        private final OutputStream out;
        private final StringBuilder text = new StringBuilder(RUN + 1024);

        PageWriter(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            text.append(chars, offset, length);
            drainIfFull();
        }

        @Override
        public void write(String string, int offset, int length) throws IOException {
            text.append(string, offset, offset + length);
            drainIfFull();
        }

        @Override
        public void write(String string) throws IOException {
            text.append(string);
            drainIfFull();
        }

        @Override
        public void write(int c) throws IOException {
            text.append((char) c);
            drainIfFull();
        }

        private void drainIfFull() throws IOException {
            if (text.length() >= RUN) {
                // A surrogate pair must not be split between two runs: its high half waits for the next.
                int end = Character.isHighSurrogate(text.charAt(text.length() - 1)) ? text.length() - 1 : text.length();
                out.write(text.substring(0, end).getBytes(StandardCharsets.UTF_8));
                text.delete(0, end);
            }
        }

        @Override
        public void flush() throws IOException {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            text.setLength(0);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
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
