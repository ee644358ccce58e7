/**
 * The algorithms behind {@code str}, {@code bytes} and {@code bytearray} methods: searching,
 * splitting, padding, case mapping, character classes and codecs, with CPython 3.11's results
 * and messages.
 *
 * <p>Conventions: a str is a Java {@code String} whose indices, lengths and widths count code
 * points (Python's characters), not UTF-16 units. The byte sequences run through the same
 * algorithms as Latin-1 strings, one char per byte ({@link ByteText}); {@link TextKind} says
 * which rules (whitespace, line breaks) apply.
 */
package skein.interpreter.runtime.text;
