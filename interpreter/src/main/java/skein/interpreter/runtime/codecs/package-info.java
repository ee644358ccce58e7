/**
 * Text encodings for {@code str.encode}, {@code bytes.decode} and the constructors that take an
 * encoding: UTF-8, UTF-16 and UTF-32 (with and without byte order mark), ASCII, Latin-1 and the
 * unicode_escape codecs written out for CPython's exact error positions and messages, the other
 * codecs of Python's standard set that Java has tables for through Java's charsets. The error handlers are CPython's builtin ones: strict, ignore, replace,
 * backslashreplace, xmlcharrefreplace, namereplace, surrogateescape and surrogatepass.
 *
 * <p>{@link skein.interpreter.runtime.codecs.StreamDecoder} and
 * {@link skein.interpreter.runtime.codecs.StreamEncoder} run the same codecs over a stream
 * that comes or goes in pieces, for text files: a sequence a piece cuts short waits for the
 * next, and a byte order mark is read and written at the start of the stream only.
 *
 * <p>Positions in a str are code point indices, as in Python; a Java string holds a lone
 * surrogate (from surrogateescape) as one char, which counts as one code point.
 */
package skein.interpreter.runtime.codecs;
