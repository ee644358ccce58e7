package skein.launcher;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.ByteSequence;
import org.graalvm.polyglot.io.IOAccess;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line, as {@code python3} has it: {@code SCRIPT.py [ARGS]}, {@code -c CODE [ARGS]},
 * {@code -} or nothing for a program on stdin, {@code --version}; {@code -X java-traces} shows
 * Java stack traces of internal errors; {@code --engine.Name=value} passes a Truffle option
 * ({@code --experimental-options} allows the experimental ones); {@code --virtual-time} runs the
 * program in virtual time.
 * {@link #run} returns the exit status, so tests drive the same code path as the launcher.
 */
public final class Launcher {

    private static final String LANGUAGE = "skein";
    private static final String MAIN_PROGRAM = "application/x-skein-main";
    private static final String VERSION_TEXT = "Skein 0.1.0 (Python 3.11.7)";

    private final InputStream in;
    private final OutputStream out;
    private final OutputStream err;
    private final Engine engine;
    private volatile Context running;

    /** @param engine a shared engine (tests run many programs on one), or null for a private one */
    public Launcher(InputStream in, OutputStream out, OutputStream err, Engine engine) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.engine = engine;
    }

    /** Runs a command line; returns the process exit status. */
    public int run(String[] args) {
        return run(args, null);
    }

    /** As {@link #run(String[])}, in the given working directory (null for the process's own). */
    public int run(String[] args, Path workingDirectory) {
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        boolean javaTraces = false;
        boolean experimental = false;
        Map<String, String> options = new LinkedHashMap<>();
        int i = 0;
        for (; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--version") || arg.equals("-V")) {
                new PrintStream(out, true, StandardCharsets.UTF_8).println(VERSION_TEXT);
                return 0;
            } else if (arg.equals("--experimental-options")) {
                experimental = true;
            } else if (arg.equals("--virtual-time")) {
                options.put("skein.VirtualTime", "true");
            } else if (arg.equals("-X") && i + 1 < args.length) {
                javaTraces |= args[++i].equals("java-traces");
            } else if (arg.startsWith("--") && arg.contains("=") && arg.length() > 2) {
                int eq = arg.indexOf('=');
                options.put(arg.substring(2, eq), arg.substring(eq + 1));
            } else if (arg.equals("-u") || arg.equals("-B") || arg.equals("-E") || arg.equals("-s")) {
                continue;
            } else {
                break;
            }
        }
        List<String> programArgs = new ArrayList<>();
        byte[] program;
        String name;
        if (i < args.length && args[i].equals("-c")) {
            if (i + 1 >= args.length) {
                errors.println("Argument expected for the -c option");
                return 2;
            }
            program = args[i + 1].getBytes(StandardCharsets.UTF_8);
            name = "<string>";
            programArgs.add("-c");
            for (int k = i + 2; k < args.length; k++) {
                programArgs.add(args[k]);
            }
        } else if (i >= args.length || args[i].equals("-")) {
            try {
                program = in.readAllBytes();
            } catch (IOException e) {
                errors.println("skein: cannot read the program from stdin: " + e.getMessage());
                return 2;
            }
            name = "<stdin>";
            programArgs.add(i >= args.length ? "" : "-");
            for (int k = i + 1; k < args.length; k++) {
                programArgs.add(args[k]);
            }
        } else {
            Path script = resolve(workingDirectory, args[i]);
            try {
                program = Files.readAllBytes(script);
            } catch (IOException e) {
                errors.println("skein: can't open file '" + script.toAbsolutePath() + "': [Errno 2] No such file or directory");
                return 2;
            }
            // CPython names a script's code by its absolute path, in tracebacks and SyntaxErrors.
            name = script.toAbsolutePath().toString();
            for (int k = i; k < args.length; k++) {
                programArgs.add(args[k]);
            }
        }
        return execute(program, name, programArgs.toArray(new String[0]), options, experimental, workingDirectory,
                javaTraces, errors);
    }

    /** Stops the program this launcher is running, from another thread. */
    public void cancel() {
        Context context = running;
        if (context != null) {
            context.close(true);
        }
    }

    private static Path resolve(Path workingDirectory, String path) {
        Path p = Path.of(path);
        return workingDirectory == null || p.isAbsolute() ? p : workingDirectory.resolve(p);
    }

    private int execute(byte[] program, String name, String[] argv, Map<String, String> options, boolean experimental,
                        Path workingDirectory, boolean javaTraces, PrintStream errors) {
        Context.Builder builder = Context.newBuilder(LANGUAGE)
                .in(in).out(out).err(err)
                .arguments(LANGUAGE, argv)
                .allowIO(IOAccess.ALL)
                .allowCreateThread(true)
                .allowEnvironmentAccess(EnvironmentAccess.INHERIT)
                .allowExperimentalOptions(experimental)
                .options(options);
        if (engine != null) {
            builder.engine(engine);
        }
        if (workingDirectory != null) {
            builder.currentWorkingDirectory(workingDirectory.toAbsolutePath());
        }
        Source source = Source.newBuilder(LANGUAGE, ByteSequence.create(program), name)
                .mimeType(MAIN_PROGRAM).cached(false).buildLiteral();
        Context context;
        try {
            context = builder.build();
        } catch (IllegalArgumentException e) {
            errors.println("skein: " + e.getMessage());
            return 2;
        }
        running = context;
        try {
            Value status = context.eval(source);
            return status.asInt();
        } catch (PolyglotException e) {
            if (e.isExit()) {
                return e.getExitStatus();
            }
            errors.println("skein: internal error: " + e.getMessage());
            if (javaTraces) {
                e.printStackTrace(errors);
            }
            return 1;
        } catch (RuntimeException | StackOverflowError e) {
            errors.println("skein: internal error: " + e);
            if (javaTraces) {
                e.printStackTrace(errors);
            }
            return 1;
        } finally {
            running = null;
            try {
                context.close(true);
            } catch (RuntimeException ignored) {
                // The program's outcome is already decided; a failure to tear down changes nothing for the user.
            }
        }
    }
}
