package org.juesuan.ingest.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.juesuan.ingest.settings.IngestSettings;
import org.juesuan.ingest.settings.InvalidSettingsException;
import org.juesuan.ingest.settings.SettingsLoader;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The settings options shared by watch, batch and bench: a properties file, then KEY=VALUE overrides. */
final class SettingsOptions {
    @Option(names = "--settings", paramLabel = "FILE",
            description = "设置文件（properties，键见 README）(settings file; keys as in the README)")
    Path file;

    @Option(names = {"-s", "--set"}, paramLabel = "KEY=VALUE",
            description = "覆盖单项设置，可重复 (override one setting; repeatable), e.g. -s document.timeout-seconds=30")
    Map<String, String> overrides = new LinkedHashMap<>();

    /** The validated settings, with the command's own options applied last; a bad one is a usage error naming it. */
    IngestSettings load(CommandLine commandLine, Map<String, String> commandOptions) {
        try {
            SettingsLoader loader = new SettingsLoader();
            if (file != null) {
                loader.file(file);
            }
            return loader.overrides(overrides).overrides(commandOptions).load();
        } catch (InvalidSettingsException e) {
            throw new CommandLine.ParameterException(commandLine, "设置无效 (invalid " + e.getMessage() + ")");
        }
    }
}
