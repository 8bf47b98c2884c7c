package org.juesuan.model;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the model's compact constructors. */
final class Checks {
    private Checks() {
    }

    static <T> T present(T value, String name) {
        return Objects.requireNonNull(value, () -> name + " must not be null");
    }

    static String text(String value, String name) {
        present(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    static <T> List<T> copy(List<T> values, String name) {
        return List.copyOf(present(values, name));
    }

    static void span(int start, int end, String what) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException(what + ": bad character span [" + start + ", " + end + ")");
        }
    }

    static void page(int page, String what) {
        if (page < 1) {
            throw new IllegalArgumentException(what + ": page must be 1 or more, was " + page);
        }
    }
}
