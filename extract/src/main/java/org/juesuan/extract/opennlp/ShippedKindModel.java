package org.juesuan.extract.opennlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import opennlp.tools.doccat.DoccatModel;
import org.juesuan.extract.structure.LabelledHeadings;

/**
 * The section-kind model trained once at build time ({@link #main}, run by Maven's
 * {@code process-classes} phase) and shipped as a resource beside a fingerprint of what it was
 * trained on: the bundled heading list and the training parameters. A start-up loads it in tens of
 * milliseconds instead of training for a second or more; when the list changed since the model was
 * built (or the model is missing, as in an IDE that skipped the build step), the fingerprint differs
 * and the caller trains instead, so the model still always matches the list it ships with.
 */
public final class ShippedKindModel {
    static final String MODEL = "section-kinds.bin";
    static final String FINGERPRINT = "section-kinds.sha256";

    private ShippedKindModel() {
    }

    /** Writes the model and its fingerprint under {@code args[0]} (the classes folder). */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]).resolve(ShippedKindModel.class.getPackageName().replace('.', '/'));
        Files.createDirectories(folder);
        DoccatModel model = KindModelTraining.train(LabelledHeadings.bundled());
        try (OutputStream out = Files.newOutputStream(folder.resolve(MODEL))) {
            model.serialize(out);
        }
        Files.writeString(folder.resolve(FINGERPRINT), fingerprint() + "\n", StandardCharsets.UTF_8);
    }

    /** The shipped model, when it was trained on exactly the bundled list with today's parameters. */
    static Optional<DoccatModel> load() {
        try (InputStream stamp = ShippedKindModel.class.getResourceAsStream(FINGERPRINT)) {
            if (stamp == null || !new String(stamp.readAllBytes(), StandardCharsets.UTF_8).strip().equals(fingerprint())) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        try (InputStream in = ShippedKindModel.class.getResourceAsStream(MODEL)) {
            return in == null ? Optional.empty() : Optional.of(new DoccatModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped section-kind model cannot be read", e);
        }
    }

    /** SHA-256 of the bundled heading list and the training parameters. */
    static String fingerprint() {
        try (InputStream list = LabelledHeadings.class.getResourceAsStream(LabelledHeadings.BUNDLED_RESOURCE)) {
            if (list == null) {
                throw new IllegalStateException("resource missing: " + LabelledHeadings.BUNDLED_RESOURCE);
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(list.readAllBytes());
            digest.update(KindModelTraining.description().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LabelledHeadings.BUNDLED_RESOURCE, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
