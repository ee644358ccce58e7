package skein.interpreter.objects.generators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinContext;
import skein.interpreter.runtime.Reprs;

import java.lang.ref.Cleaner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The generators and coroutines whose end CPython reports when it frees them: coroutines that
 * never started ("never awaited"), and generators with cleanup code ({@code finally},
 * {@code with}) that may be dropped while suspended. Without reference counting, the runtime
 * learns of a dropped one when the garbage collector does; its frame (kept apart from the
 * object) is then finalized on a Python thread at the next safe moment, a new generator being
 * made or the program's end. What is still around at the end is finalized then, as CPython
 * finalizes what is left at shutdown.
 */
public final class FinalizationRegistry {

    private static final Cleaner CLEANER = Cleaner.create();

    /** What finalizing needs, without the object itself (which must stay collectable); {@code order} is the watch order. */
    private record Entry(ResumableFrame frame, String description, String qualname, boolean coroutine, long order) {
    }

    private final Set<Entry> live = ConcurrentHashMap.newKeySet();
    private final AtomicLong watches = new AtomicLong();
    private final Queue<Entry> dropped = new ConcurrentLinkedQueue<>();

    @TruffleBoundary
    public void watch(Resumable resumable) {
        ResumableFrame frame = resumable.resumableFrame();
        Entry entry = new Entry(frame, Reprs.repr(resumable), resumable.qualname(), resumable instanceof PCoroutine,
                watches.getAndIncrement());
        live.add(entry);
        CLEANER.register(resumable, () -> {
            if (live.remove(entry)) {
                dropped.add(entry);
            }
        });
    }

    /** Whether some watched object was collected and waits to be finalized. */
    public boolean hasDropped() {
        return !dropped.isEmpty();
    }

    /** Finalizes what the collector found dropped, on the calling (Python) thread. */
    @TruffleBoundary
    public void finalizeDropped(SkeinContext context) {
        Entry entry;
        while ((entry = dropped.poll()) != null) {
            finalize(context, entry, false);
        }
    }

    /**
     * At the end of the program: everything still watched, dropped or not, oldest first (CPython
     * frees what the main module's globals hold in the order the names were bound, which the
     * order of making mostly follows).
     */
    @TruffleBoundary
    public void finalizeAll(SkeinContext context) {
        finalizeDropped(context);
        List<Entry> left = new ArrayList<>(live);
        live.clear();
        left.sort(Comparator.comparingLong(Entry::order));
        for (Entry entry : left) {
            finalize(context, entry, true);
        }
        finalizeDropped(context);
    }

    private static void finalize(SkeinContext context, Entry entry, boolean atShutdown) {
        ResumableFrame frame = entry.frame();
        if (entry.coroutine()) {
            if (frame.closeIfNotStarted()) {
                UnawaitedCoroutines.warn(context, entry.qualname(), atShutdown);
            }
        } else if (frame.state() == ResumableFrame.State.SUSPENDED) {
            DroppedGenerators.close(frame, entry.description());
        }
    }
}
