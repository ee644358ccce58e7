package skein.interpreter.objects.generators;

/** What the body of a resumable frame hands back when it ended with a return rather than a yield. */
public record Returned(Object value) {
}
