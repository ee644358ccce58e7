/**
 * Python's number and string conversions with CPython 3.11's exact results and messages:
 * repr and str of floats and strs, {@code format()} and its mini-language, the {@code %}
 * operator, {@code int()} and {@code float()} of text, rounding, float arithmetic, int to float
 * conversion and numeric hashes.
 *
 * <p>Conventions: a Python int is a {@code long} when it fits and a {@code BigInteger}
 * otherwise (results come back as {@code Long} or {@code BigInteger}); a float is a
 * {@code double}; a str is a {@code String}, whose lengths and widths count code points.
 * Errors are raised through {@code PythonErrors}. A text too long for a Java string raises
 * {@link java.lang.OutOfMemoryError}, which stands for Python's MemoryError.
 */
package skein.interpreter.runtime.format;
