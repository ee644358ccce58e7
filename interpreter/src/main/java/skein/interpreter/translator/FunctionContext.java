package skein.interpreter.translator;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import skein.interpreter.nodes.control.ReturnSlot;
import skein.interpreter.objects.generators.ResumableFrame;
import skein.interpreter.runtime.ResumeSlots;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
    /** What kind of resumable frame this code runs on, or null for code that never suspends. */
    final ResumableFrame.Kind resumable;
    /** Whether this is the code of an {@code async def} (where {@code await} is allowed). */
    final boolean isAsync;
    /** In a notebook cell's last statement: expression statements show their values (see ModuleCompiler#compileCell). */
    boolean displaysExpressions;
    /** Whether the code has try or with statements (cleanup that closing a suspended generator runs). */
    boolean hasCleanup;
    /** For a comprehension, what CPython's messages call it ("list comprehension"...); null otherwise. */
    String comprehension;
    /** The source line of each yield point made so far; the size is the next point's index. */
    private final List<Integer> yieldLines = new ArrayList<>();

    FunctionContext(Scope scope, String qualname, String privateClass) {
        this(scope, qualname, privateClass, null, false);
    }

    FunctionContext(Scope scope, String qualname, String privateClass, ResumableFrame.Kind resumable, boolean isAsync) {
        this.scope = scope;
        this.qualname = qualname;
        this.privateClass = privateClass;
        this.resumable = resumable;
        this.isAsync = isAsync;
        int returnSlot = frame.addSlot(FrameSlotKind.Object, ReturnSlot.NAME, null);
        assert returnSlot == ReturnSlot.INDEX;
        if (resumable != null) {
            frame.addSlot(FrameSlotKind.Static, "<resume target>", null);
            frame.addSlot(FrameSlotKind.Static, "<transfer>", null);
            frame.addSlot(FrameSlotKind.Static, "<thrown>", null);
            int last = frame.addSlot(FrameSlotKind.Static, "<delegate>", null);
            assert last == ResumeSlots.COUNT - 1;
        }
    }

    /** The index for a new yield point at {@code line}. */
    int newYieldPoint(int line) {
        yieldLines.add(line);
        return yieldLines.size() - 1;
    }

    /** How many yield points have been made: the index the next one will get. */
    int yieldPoints() {
        return yieldLines.size();
    }

    int[] yieldLines() {
        return yieldLines.stream().mapToInt(Integer::intValue).toArray();
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
