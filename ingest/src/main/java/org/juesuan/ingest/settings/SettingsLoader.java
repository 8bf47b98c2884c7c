package org.juesuan.ingest.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.juesuan.ingest.settings.IngestSettings.ArchiveLimits;
import org.juesuan.ingest.settings.IngestSettings.DocumentLimits;

/**
 * Reads the settings: the bundled defaults, then an optional properties file, then command-line
 * overrides, each replacing the keys it names. An unknown key or a value that is not a number is
 * refused with its key, so a typo never silently falls back to a default.
 */
public final class SettingsLoader {
    private static final String DEFAULTS = "/org/juesuan/ingest/settings/defaults.properties";
    private static final long MEGABYTE = 1024L * 1024;

    private final Properties values = new Properties();

    public SettingsLoader() {
        try (InputStream in = SettingsLoader.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("missing " + DEFAULTS);
            }
            values.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULTS, e);
        }
    }

    /** Applies a properties file (UTF-8); only known keys are accepted. */
    public SettingsLoader file(Path file) {
        Properties read = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read.load(reader);
        } catch (IOException e) {
            throw new InvalidSettingsException("--settings", "cannot read " + file + " (无法读取设置文件): " + e.getMessage());
        }
        read.stringPropertyNames().forEach(key -> set(key, read.getProperty(key)));
        return this;
    }

    /** Applies overrides, e.g. from {@code --set KEY=VALUE}. */
    public SettingsLoader overrides(Map<String, String> overrides) {
        overrides.forEach(this::set);
        return this;
    }

    public SettingsLoader set(String key, String value) {
        if (!values.containsKey(key)) {
            throw new InvalidSettingsException(key, "unknown setting (未知设置项); known: " + values.stringPropertyNames());
        }
        values.setProperty(key, value == null ? "" : value.trim());
        return this;
    }

    public IngestSettings load() {
        String in = values.getProperty("in");
        String out = values.getProperty("out");
        if (out.isBlank()) {
            throw new InvalidSettingsException("out", "must name a folder (须指定输出目录)");
        }
        int parallelism = integer("parallelism");
        if (parallelism < 0) {
            throw new InvalidSettingsException("parallelism", "must be 0 (all cores) or more, was " + parallelism);
        }
        return new IngestSettings(in.isBlank() ? null : Path.of(in), Path.of(out),
                parallelism == 0 ? Runtime.getRuntime().availableProcessors() : parallelism,
                integer("queue.capacity"),
                new DocumentLimits(number("document.max-megabytes") * MEGABYTE, integer("document.max-characters"),
                        Duration.ofSeconds(number("document.timeout-seconds")), integer("document.max-heap-megabytes")),
                new ArchiveLimits(number("archive.max-megabytes") * MEGABYTE, integer("archive.max-entries"),
                        integer("archive.max-depth"), integer("archive.max-ratio")),
                Duration.ofMillis(number("watch.poll-millis")), Duration.ofMillis(number("watch.min-age-millis")),
                Duration.ofMillis(number("watch.check-interval-millis")),
                Duration.ofSeconds(number("shutdown.timeout-seconds")));
    }

    private long number(String key) {
        String value = values.getProperty(key);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidSettingsException(key, "not a whole number (须为整数): '" + value + "'");
        }
    }

    private int integer(String key) {
        long value = number(key);
        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw new InvalidSettingsException(key, "too large (过大): " + value);
        }
        return (int) value;
    }
}
