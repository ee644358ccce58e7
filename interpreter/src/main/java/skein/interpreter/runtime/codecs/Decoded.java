package skein.interpreter.runtime.codecs;

/** What decoding a piece of data made: the text, and how many of the bytes it used. */
record Decoded(String text, int consumed) {
}
