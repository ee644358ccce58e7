package skein.interpreter.parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds and reads the parser test corpus under {@code src/test/resources/parser}. */
final class Corpus {

    private Corpus() {
    }

    static Path folder(String name) {
        try {
            return Path.of(Corpus.class.getResource("/parser/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The files of a corpus folder with the given extension, sorted by name. */
    static List<Path> files(String folder, String extension) {
        try (Stream<Path> files = Files.list(folder(folder))) {
            return files.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recording next to {@code file}: same name, other extension. */
    static Path sibling(Path file, String extension) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + extension);
    }

    /** Where two long one-line dumps first differ, with some context, for a readable failure. */
    static String firstDifference(String expected, String actual) {
        int i = 0;
        while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 150);
        return "first difference at " + i + "\n  expected: ..." + expected.substring(from, Math.min(expected.length(), i + 150))
                + "\n  actual:   ..." + actual.substring(from, Math.min(actual.length(), i + 150));
    }
}
