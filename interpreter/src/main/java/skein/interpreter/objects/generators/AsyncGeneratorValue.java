package skein.interpreter.objects.generators;

/**
 * A value an async generator yields, as it crosses the suspension: an async generator's frame
 * also suspends for its {@code await}s, whose values go up to the event loop instead, and the
 * marker tells the two apart.
 */
public record AsyncGeneratorValue(Object value) {
}
