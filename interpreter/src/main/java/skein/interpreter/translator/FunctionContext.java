package skein.interpreter.translator;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import skein.interpreter.nodes.control.ReturnSlot;

import java.util.HashMap;
import java.util.Map;

/** What the translator tracks while building one code object: its scope, qualified name and frame slots. */
final class FunctionContext {

    final Scope scope;
    final String qualname;
    /** The class whose private names are mangled here, or null. */
    final String privateClass;
    final FrameDescriptor.Builder frame = FrameDescriptor.newBuilder();
    private final Map<String, Integer> slots = new HashMap<>();
    private int temporaries;
    /** How many loops enclose the statement being translated (for break/continue checks). */
    int loopDepth;

    FunctionContext(Scope scope, String qualname, String privateClass) {
        this.scope = scope;
        this.qualname = qualname;
        this.privateClass = privateClass;
        int returnSlot = frame.addSlot(FrameSlotKind.Object, ReturnSlot.NAME, null);
        assert returnSlot == ReturnSlot.INDEX;
    }

    /** The name as this code sees it, after private name mangling. */
    String mangle(String name) {
        return Mangling.mangle(privateClass, name);
    }

    /** The frame slot of a local, cell or free variable, made on first request. */
    int slot(String name) {
        Integer slot = slots.get(name);
        if (slot == null) {
            slot = frame.addSlot(FrameSlotKind.Illegal, name, null);
            slots.put(name, slot);
        }
        return slot;
    }

    /** A fresh slot for the translator's own use (a loop's iterator, a comprehension's result). */
    int temporary() {
        return frame.addSlot(FrameSlotKind.Object, "<temp" + (temporaries++) + ">", null);
    }

    /** The qualified name of a definition {@code name} made inside this code. */
    String childQualname(String name) {
        return switch (scope.kind()) {
            case MODULE -> name;
            case CLASS -> qualname + "." + name;
            case FUNCTION, COMPREHENSION -> qualname + ".<locals>." + name;
        };
    }
}
