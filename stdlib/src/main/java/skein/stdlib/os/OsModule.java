package skein.stdlib.os;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import com.oracle.truffle.api.TruffleFile;

import skein.interpreter.SkeinContext;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.modules.NativeModule;
import skein.interpreter.objects.PBytes;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PModule;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PValueObject;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.Truthiness;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * The {@code os} module: process information, the environment, the working directory and
 * the file-system calls, all through Truffle's file system (so the embedder's I/O policy
 * applies), with {@code OSError}s as the C calls would give them. {@code os.path} is the
 * {@code posixpath} module.
 */
public final class OsModule implements NativeModule {

    private static final int ALL_PERMISSIONS = 0777;
    private static final PosixFilePermission[] PERMISSION_BITS = {
        PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
        PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
        PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};

    private final SecureRandom entropy = new SecureRandom();
    /** Each process's environment, for putenv and unsetenv. */
    private final Map<SkeinContext, PEnviron> environments = new WeakHashMap<>();
    private PythonClass environType;

    @Override
    public String name() {
        return "os";
    }

    @Override
    public void define(ModuleBuilder module) {
        BuiltinTypes t = module.types();
        environType = module.type("_Environ", cls -> {
            throw PythonErrors.typeError("cannot create 'os._Environ' instances");
        }, false);
        EnvironMethods.define(module.definer(), environType);
        defineConstants(module, t);
        defineProcess(module, t);
        defineEnvironment(module, t);
        defineFiles(module, t);
    }

    private static void defineConstants(ModuleBuilder module, BuiltinTypes t) {
        module.constant("name", "posix");
        module.constant("sep", "/");
        module.constant("altsep", PNone.NONE);
        module.constant("extsep", ".");
        module.constant("pathsep", ":");
        module.constant("linesep", "\n");
        module.constant("curdir", ".");
        module.constant("pardir", "..");
        module.constant("devnull", "/dev/null");
        module.constant("defpath", "/bin:/usr/bin");
        module.constant("error", t.osError);
    }

    private void defineProcess(ModuleBuilder module, BuiltinTypes t) {
        module.function("getpid()", a -> ProcessHandle.current().pid());
        module.function("getppid()", a -> ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L));
        module.function("cpu_count()", a -> (long) Runtime.getRuntime().availableProcessors());
        module.function("urandom(size, /)", a -> {
            long size = Numbers.indexAsLong(a[0]);
            if (size < 0) {
                throw PythonErrors.valueError("negative argument not allowed");
            }
            if (size > Integer.MAX_VALUE - 8) {
                throw PythonErrors.memoryError();
            }
            byte[] bytes = new byte[(int) size];
            entropy.nextBytes(bytes);
            return new PBytes(t.bytesType, bytes);
        });
        module.function("strerror(code, /)", a -> Errno.message(Numbers.asInt(a[0])));
        module.function("_exit(status)", a -> {
            SkeinContext.get(null).env().getContext().closeExited(null, Numbers.asInt(a[0]));
            return PNone.NONE;
        });
    }

    private void defineEnvironment(ModuleBuilder module, BuiltinTypes t) {
        module.function("getenv(key, default=None)", a -> {
            PEnviron environ = environ();
            Object value = environ.data().getItem(EnvironMethods.string(a[0]));
            return value != null ? value : a[1];
        });
        module.function("putenv(name, value, /)", a -> {
            String name = fsString(a[0]);
            String value = fsString(a[1]);
            checkPutenv(name, value);
            environ().putenv(name, value);
            return PNone.NONE;
        });
        module.function("unsetenv(name, /)", a -> {
            String name = fsString(a[0]);
            checkUnsetenv(name);
            environ().unsetenv(name);
            return PNone.NONE;
        });
        module.function("fspath(path)", a -> PathArgument.of(a[0]).value());
        module.function("fsencode(filename)", a -> {
            PathArgument path = PathArgument.of(a[0]);
            return path.isBytes() ? path.value()
                    : new PBytes(t.bytesType, path.text().getBytes(StandardCharsets.UTF_8));
        });
        module.function("fsdecode(filename)", a -> PathArgument.of(a[0]).fileName());
    }

    private void defineFiles(ModuleBuilder module, BuiltinTypes t) {
        module.function("getcwd()", a -> workingDirectory());
        module.function("getcwdb()", a -> new PBytes(t.bytesType, workingDirectory().getBytes(StandardCharsets.UTF_8)));
        module.function("chdir(path)", a -> {
            PathArgument path = PathArgument.forCall(a[0], "chdir", "path");
            TruffleFile file = path.file();
            if (!file.exists()) {
                throw OsErrors.of(Errno.ENOENT, path.value());
            }
            if (!file.isDirectory()) {
                throw OsErrors.of(Errno.ENOTDIR, path.value());
            }
            try {
                SkeinContext.get(null).env().setCurrentWorkingDirectory(file.getCanonicalFile());
            } catch (IOException e) {
                throw OsErrors.of(e, path.value());
            }
            return PNone.NONE;
        });
        module.function("listdir(path=None)", a -> {
            if (Numbers.intValueOrNull(a[0]) != null) {
                throw OsErrors.of(Errno.EBADF);
            }
            PathArgument path = a[0] == PNone.NONE ? new PathArgument(".", false)
                    : PathArgument.forCall(a[0], "listdir", "path", "string, bytes, os.PathLike, integer or None");
            TruffleFile directory = path.file();
            Collection<TruffleFile> entries;
            try {
                entries = directory.list();
            } catch (IOException e) {
                throw OsErrors.of(e, path.value());
            } catch (SecurityException e) {
                throw OsErrors.of(e, path.value());
            }
            Object[] names = new Object[entries.size()];
            int i = 0;
            for (TruffleFile entry : entries) {
                names[i++] = path.wrapFileName(entry.getName());
            }
            return new PList(t.listType, names);
        });
        module.function("mkdir(path, mode=511, *, dir_fd=None)", a -> {
            noDirFd(a[2]);
            mkdir(PathArgument.forCall(a[0], "mkdir", "path"), Numbers.asInt(a[1]));
            return PNone.NONE;
        });
        module.function("makedirs(name, mode=511, exist_ok=False)", a -> {
            makedirs(PathArgument.of(a[0]), Numbers.asInt(a[1]), Truthiness.isTrue(a[2]));
            return PNone.NONE;
        });
        module.function("remove(path, *, dir_fd=None)", a -> {
            noDirFd(a[1]);
            unlink(PathArgument.forCall(a[0], "remove", "path"));
            return PNone.NONE;
        });
        module.function("unlink(path, *, dir_fd=None)", a -> {
            noDirFd(a[1]);
            unlink(PathArgument.forCall(a[0], "unlink", "path"));
            return PNone.NONE;
        });
        module.function("rmdir(path, *, dir_fd=None)", a -> {
            noDirFd(a[1]);
            rmdir(PathArgument.forCall(a[0], "rmdir", "path"));
            return PNone.NONE;
        });
        module.function("rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None)", a -> {
            noDirFd(a[2]);
            noDirFd(a[3]);
            rename(PathArgument.forCall(a[0], "rename", "src"), PathArgument.forCall(a[1], "rename", "dst"));
            return PNone.NONE;
        });
        module.function("replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None)", a -> {
            noDirFd(a[2]);
            noDirFd(a[3]);
            rename(PathArgument.forCall(a[0], "replace", "src"), PathArgument.forCall(a[1], "replace", "dst"));
            return PNone.NONE;
        });
    }

    /**
     * Per process: {@code os.environ}, from the environment the embedder lets the context
     * see, and {@code os.path}, which is {@code posixpath} (also as {@code sys.modules['os.path']}).
     */
    @Override
    public void initialize(PModule module, SkeinContext context) {
        PDict data = new PDict(context.types().dictType);
        Map<String, String> initial = context.env().getEnvironment();
        for (Map.Entry<String, String> variable : initial.entrySet()) {
            data.setItem(variable.getKey(), variable.getValue());
        }
        PEnviron environ = new PEnviron(environType, data, initial);
        synchronized (environments) {
            environments.put(context, environ);
        }
        module.globals().setItem("environ", environ);
        PModule path = context.importSystem().importAbsolute("posixpath");
        module.globals().setItem("path", path);
        context.sysModules().setItem("os.path", path);
    }

    private PEnviron environ() {
        SkeinContext context = SkeinContext.get(null);
        synchronized (environments) {
            return environments.get(context);
        }
    }

    /** putenv's checks: no NUL anywhere, no '=' in the name, and C's setenv refuses an empty name. */
    static void checkPutenv(String name, String value) {
        if (name.indexOf('\0') >= 0 || value.indexOf('\0') >= 0) {
            throw PythonErrors.valueError("embedded null byte");
        }
        if (name.indexOf('=') >= 0) {
            throw PythonErrors.valueError("illegal environment variable name");
        }
        if (name.isEmpty()) {
            throw OsErrors.of(Errno.EINVAL);
        }
    }

    /** unsetenv's checks: C's unsetenv refuses an empty name or one with '='. */
    static void checkUnsetenv(String name) {
        if (name.indexOf('\0') >= 0) {
            throw PythonErrors.valueError("embedded null byte");
        }
        if (name.isEmpty() || name.indexOf('=') >= 0) {
            throw OsErrors.of(Errno.EINVAL);
        }
    }

    /** A str or bytes argument as the C library sees it. */
    private static String fsString(Object value) {
        Object plain = value instanceof PValueObject boxed ? boxed.value() : value;
        if (plain instanceof String s) {
            return s;
        }
        if (plain instanceof PBytes bytes) {
            return new String(bytes.bytes(), StandardCharsets.UTF_8);
        }
        throw PythonErrors.typeError("expected str, bytes or os.PathLike object, not " + TypeOf.name(value));
    }

    /** Skein keeps no file descriptors, so calls relative to a directory descriptor are refused. */
    private static void noDirFd(Object dirFd) {
        if (dirFd != PNone.NONE) {
            throw PythonErrors.notImplementedError("dir_fd unavailable on this platform");
        }
    }

    /** {@code os.getcwd()}: the working directory with symbolic links resolved, as the kernel reports it. */
    static String workingDirectory() {
        TruffleFile cwd = SkeinContext.get(null).env().getCurrentWorkingDirectory();
        try {
            return cwd.getCanonicalFile().getPath();
        } catch (IOException e) {
            throw OsErrors.of(OsErrors.errno(e));
        }
    }

    private static void mkdir(PathArgument path, int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        for (int bit = 0; bit < PERMISSION_BITS.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                permissions.add(PERMISSION_BITS[bit]);
            }
        }
        TruffleFile file = path.file();
        try {
            if ((mode & ALL_PERMISSIONS) == ALL_PERMISSIONS) {
                file.createDirectory();
            } else {
                file.createDirectory(PosixFilePermissions.asFileAttribute(permissions));
            }
        } catch (IOException e) {
            throw OsErrors.of(e, path.value());
        } catch (SecurityException e) {
            throw OsErrors.of(e, path.value());
        }
    }

    /** {@code os.makedirs}: the missing parents first; an existing directory is fine only with exist_ok. */
    private static void makedirs(PathArgument path, int mode, boolean existOk) {
        String[] headTail = PathText.split(path.text());
        String head = headTail[0];
        String tail = headTail[1];
        if (tail.isEmpty()) {
            headTail = PathText.split(head);
            head = headTail[0];
            tail = headTail[1];
        }
        if (!head.isEmpty() && !tail.isEmpty()) {
            PathArgument parent = new PathArgument(head, path.isBytes());
            if (!exists(parent)) {
                try {
                    makedirs(parent, mode, existOk);
                } catch (PException e) {
                    if (!e.pythonClass().isSubclassOf(SkeinContext.get(null).types().exceptionByName("FileExistsError"))) {
                        throw e;
                    }
                }
                if (tail.equals(".")) {
                    return;
                }
            }
        }
        try {
            mkdir(path, mode);
        } catch (PException e) {
            if (!e.pythonClass().isSubclassOf(SkeinContext.get(null).types().osError) || !existOk
                    || !isDirectory(path)) {
                throw e;
            }
        }
    }

    private static boolean exists(PathArgument path) {
        try {
            return !path.text().isEmpty() && path.file().exists();
        } catch (SecurityException e) {
            return false;
        }
    }

    private static boolean isDirectory(PathArgument path) {
        try {
            return !path.text().isEmpty() && path.file().isDirectory();
        } catch (SecurityException e) {
            return false;
        }
    }

    /** unlink(2): files and links only; a directory is EISDIR on Linux. */
    private static void unlink(PathArgument path) {
        TruffleFile file = path.file();
        if (file.isDirectory(LinkOption.NOFOLLOW_LINKS)) {
            throw OsErrors.of(Errno.EISDIR, path.value());
        }
        try {
            file.delete();
        } catch (IOException e) {
            throw OsErrors.of(e, path.value());
        } catch (SecurityException e) {
            throw OsErrors.of(e, path.value());
        }
    }

    /** rmdir(2): empty directories only. */
    private static void rmdir(PathArgument path) {
        TruffleFile file = path.file();
        if (file.exists(LinkOption.NOFOLLOW_LINKS) && !file.isDirectory(LinkOption.NOFOLLOW_LINKS)) {
            throw OsErrors.of(Errno.ENOTDIR, path.value());
        }
        try {
            file.delete();
        } catch (IOException e) {
            throw OsErrors.of(e, path.value());
        } catch (SecurityException e) {
            throw OsErrors.of(e, path.value());
        }
    }

    /** rename(2): atomic, replacing an existing file, failing across file systems. */
    private static void rename(PathArgument source, PathArgument target) {
        TruffleFile from = source.file();
        TruffleFile to = target.file();
        if (!from.exists(LinkOption.NOFOLLOW_LINKS)) {
            throw OsErrors.of(Errno.ENOENT, source.value(), target.value());
        }
        try {
            from.move(to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw OsErrors.of(Errno.EXDEV, source.value(), target.value());
        } catch (IOException e) {
            throw OsErrors.of(e, source.value(), target.value());
        } catch (SecurityException e) {
            throw OsErrors.of(Errno.EACCES, source.value(), target.value());
        }
    }
}
