package skein.interpreter.nodes.control;

/**
 * How a block ended, set aside while cleanup code runs that may suspend a generator: the
 * exception or break/continue to carry on afterwards (null when it ended normally), and a
 * pending return value (null when none).
 */
public record PendingEnding(Throwable ending, Object returnValue) {
}
