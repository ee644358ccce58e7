package skein.interpreter.parser;

/** PLACEHOLDER until the parser branch lands: same API. */
public final class SourceDecoder {
    public static String decode(byte[] bytes, String filename) { return new String(bytes, java.nio.charset.StandardCharsets.UTF_8); }
}
