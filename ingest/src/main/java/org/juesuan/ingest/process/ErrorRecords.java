package org.juesuan.ingest.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes {@code <name>.error.json} atomically into a folder. */
public final class ErrorRecords {
    private final ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public Path write(ErrorRecord record, Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(name + ".error.json");
        Path temporary = folder.resolve("." + name + ".error.json.tmp");
        mapper.writeValue(temporary.toFile(), record);
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    public ErrorRecord read(Path file) throws IOException {
        return mapper.readValue(file.toFile(), ErrorRecord.class);
    }
}
