package skein.interpreter.translator;

/**
 * Private name mangling: inside a class, {@code __name} (not ending in two underscores) stands
 * for {@code _Class__name}, in the class body and every function nested in it. Names come back
 * interned, so that dict lookups of globals and attributes usually match by identity.
 */
final class Mangling {

    private Mangling() {
    }

    /** @param privateClass the nearest enclosing class's name, or null outside classes */
    static String mangle(String privateClass, String name) {
        if (name == null) {
            return null;
        }
        if (privateClass == null || !name.startsWith("__") || name.endsWith("__") || name.contains(".")) {
            return name.intern();
        }
        String stripped = privateClass.replaceFirst("^_+", "");
        if (stripped.isEmpty()) {
            return name.intern();
        }
        return ("_" + stripped + name).intern();
    }
}
