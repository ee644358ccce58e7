package skein.stdlib.warnings;

import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PNone;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.Calls;

/**
 * The source line {@code warn_explicit} shows when given {@code module_globals}: asked of the
 * module's {@code __loader__}, for modules whose source is not in a file linecache can read.
 */
final class LoaderSource {

    private LoaderSource() {
    }

    /** Line {@code lineno} of the module's source as its loader gives it; null when there is none. */
    static String line(PDict globals, long lineno) {
        Object loader = globals.getItem("__loader__");
        Object name = globals.getItem("__name__");
        Object getSource = loader == null || name == null ? null : Attributes.getOrNull(loader, "get_source");
        if (getSource == null) {
            return null;
        }
        Object source = Calls.call(getSource, name);
        if (source == PNone.NONE) {
            return null;
        }
        Object lines = Calls.callMethod(source, "splitlines");
        Object line = lineno >= 1 && lines instanceof PList list && lineno <= list.size()
                ? list.getOrNull((int) lineno - 1) : null;
        return line instanceof String text ? text : null;
    }
}
