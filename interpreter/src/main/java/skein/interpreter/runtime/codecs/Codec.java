package skein.interpreter.runtime.codecs;

/** A text encoding: str to bytes and back, with a named error handler. */
interface Codec {

    byte[] encode(String text, String errors);

    String decode(byte[] data, String errors);
}
