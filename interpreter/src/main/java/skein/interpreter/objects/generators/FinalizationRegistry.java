package skein.interpreter.objects.generators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinContext;
import skein.interpreter.runtime.ObjectIds;
import skein.interpreter.runtime.TypeOf;

import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

    /**
     * What finalizing needs, without the object itself (which must stay collectable): its frame,
     * its type's name and id (for its repr), and the order it was watched in.
     */
    private record Entry(ResumableFrame frame, String typeName, long id, boolean coroutine, long order) {

        /** The object's repr, as CPython names a generator in "Exception ignored in". */
        String description() {
            return "<" + typeName + " object " + frame.qualname() + " at 0x" + Long.toHexString(id) + ">";
        }
    }

    /** One per watched object: it reaches the queue when the collector finds the object gone. */
    private static final class Watch extends PhantomReference<Resumable> {
        final Entry entry;

        Watch(Resumable resumable, Entry entry, ReferenceQueue<Resumable> queue) {
            super(resumable, queue);
            this.entry = entry;
        }
    }

    private final Set<Watch> live = ConcurrentHashMap.newKeySet();
    private final ReferenceQueue<Resumable> dropped = new ReferenceQueue<>();
    private final AtomicLong watches = new AtomicLong();

    @TruffleBoundary
    public void watch(Resumable resumable) {
        ResumableFrame frame = resumable.resumableFrame();
        Entry entry = new Entry(frame, TypeOf.name(resumable), ObjectIds.id(resumable), resumable instanceof PCoroutine,
                watches.getAndIncrement());
        live.add(new Watch(resumable, entry, dropped));
    }

    /** Finalizes what the collector found dropped, on the calling (Python) thread. */
    @TruffleBoundary
    public void finalizeDropped(SkeinContext context) {
        Reference<? extends Resumable> gone;
        while ((gone = dropped.poll()) != null) {
            if (live.remove(gone)) {
                finalize(context, ((Watch) gone).entry, false);
            }
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
        List<Entry> left = new ArrayList<>();
        for (Watch watch : live) {
            left.add(watch.entry);
        }
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
                UnawaitedCoroutines.warn(context, frame.qualname(), atShutdown);
            }
        } else if (frame.state() == ResumableFrame.State.SUSPENDED) {
            DroppedGenerators.close(frame, entry.description());
        }
    }
}
