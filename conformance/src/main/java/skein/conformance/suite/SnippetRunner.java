package skein.conformance.suite;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.IOAccess;
import skein.interpreter.SkeinLanguage;
import skein.launcher.Launcher;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs snippets on Skein, each in a fresh context of one shared engine (never a JVM per
 * snippet), in virtual time (sleeps end at once, and the times printed are the ones CPython's
 * real run shows), stopping any that is still running at its budget of real time. A program's
 * clock also stops at its budget of virtual time, so that it prints what CPython printed by
 * then and no more. A program or
 * fragment runs as the launcher runs a script; the cells of a note run as one session, each
 * cell's output kept apart.
 */
public final class SnippetRunner implements AutoCloseable {

    /** One notebook cell of a session: its id, its text, its budget. */
    public record Cell(String id, String text, Duration budget) {
    }

    private static final long STACK_BYTES = 512L << 20;

    private final Engine engine = Engine.newBuilder("skein").option("engine.WarnInterpreterOnly", "false").build();

    /**
     * Runs {@code text} as the main program {@code <id>.py} in a scratch directory, with
     * {@code argv} as its arguments and an empty stdin.
     */
    public Outcome runProgram(String id, String text, List<String> argv, Duration budget) throws IOException,
            InterruptedException {
        Path directory = Files.createTempDirectory("skein-snippet-");
        try {
            Path script = directory.resolve(id + ".py");
            Files.writeString(script, text, StandardCharsets.UTF_8);
            List<String> commandLine = new ArrayList<>();
            commandLine.add("--virtual-time");
            // CPython ran until its budget of real time; in virtual time, that moment is the
            // same budget of virtual time, where the clock stops.
            commandLine.add("--skein.VirtualTimeLimit=" + budget.toMillis() / 1000.0);
            commandLine.add(script.getFileName().toString());
            commandLine.addAll(argv);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Launcher launcher = new Launcher(new ByteArrayInputStream(new byte[0]), out, err, engine);
            int[] status = {-1};
            Thread main = new Thread(null, () -> status[0] = launcher.run(commandLine.toArray(new String[0]), directory),
                    "MainThread", STACK_BYTES);
            main.setDaemon(true);
            main.start();
            main.join(budget.toMillis());
            boolean stopped = main.isAlive();
            if (stopped) {
                launcher.cancel();
                main.join(Duration.ofSeconds(10).toMillis());
            }
            return new Outcome(stopped ? Outcome.Status.STILL_RUNNING : Outcome.Status.FINISHED, stopped ? -1 : status[0],
                    out.toByteArray(), err.toString(StandardCharsets.UTF_8));
        } finally {
            deleteTree(directory);
        }
    }

    /**
     * Runs the cells of one session in order in one context, all on one thread (the session's
     * main thread, as a notebook's kernel runs them): a cell sees what earlier cells defined,
     * and a cell still running at its budget ends the session.
     */
    public List<Outcome> runSession(List<Cell> cells) throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("skein-session-");
        SwitchableOutput out = new SwitchableOutput();
        SwitchableOutput err = new SwitchableOutput();
        List<Outcome> outcomes = new ArrayList<>();
        try (Context context = Context.newBuilder("skein").engine(engine)
                .in(new ByteArrayInputStream(new byte[0])).out(out).err(err)
                .allowIO(IOAccess.ALL).allowCreateThread(true).option("skein.VirtualTime", "true")
                .currentWorkingDirectory(directory.toAbsolutePath()).build()) {
            BlockingQueue<Source> pending = new LinkedBlockingQueue<>();
            BlockingQueue<Integer> statuses = new LinkedBlockingQueue<>();
            Thread main = new Thread(null, () -> runCells(context, pending, statuses), "MainThread", STACK_BYTES);
            main.setDaemon(true);
            main.start();
            boolean sessionOver = false;
            for (Cell cell : cells) {
                if (sessionOver) {
                    outcomes.add(new Outcome(Outcome.Status.NOT_RUN, -1, new byte[0], ""));
                    continue;
                }
                pending.add(Source.newBuilder("skein", cell.text(), "<" + cell.id() + ">")
                        .mimeType(SkeinLanguage.CELL_MIME_TYPE).cached(false).buildLiteral());
                Integer status = statuses.poll(cell.budget().toMillis(), TimeUnit.MILLISECONDS);
                if (status == null) {
                    context.close(true);
                    main.join(Duration.ofSeconds(10).toMillis());
                    sessionOver = true;
                }
                outcomes.add(new Outcome(sessionOver ? Outcome.Status.STILL_RUNNING : Outcome.Status.FINISHED,
                        sessionOver ? -1 : status, out.next(), new String(err.next(), StandardCharsets.UTF_8)));
            }
            main.interrupt();
        } catch (PolyglotException e) {
            if (!e.isCancelled()) {
                throw e;
            }
        } finally {
            deleteTree(directory);
        }
        return outcomes;
    }

    /** The session's main thread: evaluates each cell it is given and reports its status, until interrupted. */
    private static void runCells(Context context, BlockingQueue<Source> pending, BlockingQueue<Integer> statuses) {
        try {
            while (true) {
                Source cell = pending.take();
                int status = -1;
                try {
                    status = evaluate(context, cell);
                } catch (RuntimeException internalError) {
                    internalError.printStackTrace();
                } finally {
                    statuses.add(status);
                }
            }
        } catch (InterruptedException e) {
            // The session is over.
        }
    }

    private static int evaluate(Context context, Source source) {
        try {
            return context.eval(source).asInt();
        } catch (PolyglotException e) {
            if (e.isExit()) {
                return e.getExitStatus();
            }
            if (e.isCancelled()) {
                return -1;
            }
            throw e;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @Override
    public void close() {
        engine.close(true);
    }
}
