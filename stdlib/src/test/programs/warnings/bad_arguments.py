# Bad arguments and spoiled state give CPython's errors.
import warnings


def attempt(label, action):
    try:
        action()
        print(label, "ok")
    except Exception as error:
        print(label, type(error).__name__, error)


attempt("category int", lambda: warnings.warn("m", int))
attempt("category str", lambda: warnings.warn("m", "UserWarning"))
attempt("category instance", lambda: warnings.warn("m", UserWarning("x")))
attempt("stacklevel str", lambda: warnings.warn("m", stacklevel="2"))
attempt("explicit filename", lambda: warnings.warn_explicit("m", UserWarning, 5, 1))
attempt("explicit lineno", lambda: warnings.warn_explicit("m", UserWarning, "f.py", "1"))
attempt("explicit registry", lambda: warnings.warn_explicit("m", UserWarning, "f.py", 1, registry=[]))
attempt("explicit globals", lambda: warnings.warn_explicit("m", UserWarning, "f.py", 1, module_globals=[]))
attempt("explicit category", lambda: warnings.warn_explicit("m", int, "f.py", 1))
attempt("explicit module None", lambda: warnings.warn_explicit("m", UserWarning, "f.py", 1, module=None))

attempt("action", lambda: warnings.simplefilter("x"))
attempt("action filterwarnings", lambda: warnings.filterwarnings("sometimes"))
attempt("message", lambda: warnings.filterwarnings("ignore", message=5))
attempt("category not a class", lambda: warnings.filterwarnings("ignore", category=5))
attempt("category not a Warning", lambda: warnings.filterwarnings("ignore", category=ValueError))
attempt("module", lambda: warnings.filterwarnings("ignore", module=None))
attempt("lineno", lambda: warnings.filterwarnings("ignore", lineno=-1))
attempt("lineno simplefilter", lambda: warnings.simplefilter("ignore", lineno="1"))
attempt("keyword only", lambda: warnings.catch_warnings(True))
print(len(warnings.filters))

with warnings.catch_warnings():
    warnings.filters.insert(0, ("always", None, Warning))
    attempt("short filter", lambda: warnings.warn("m"))
    warnings.filters[0] = (1, None, Warning, None, 0)
    attempt("action not str", lambda: warnings.warn("m"))
    warnings.filters[0] = ("sometimes", None, Warning, None, 0)
    attempt("unknown action", lambda: warnings.warn("m"))
    warnings.filters[0] = ("always", None, Warning, None, "0")
    attempt("lineno not int", lambda: warnings.warn("m"))
    warnings.filters[0] = ("always", None, "Warning", None, 0)
    attempt("category not a class", lambda: warnings.warn("m"))
    warnings.filters[:] = [("always", None, Warning, None, 0)]
    warnings.filterwarnings("ignore", "abc")
    attempt("text not str against a regex", lambda: warnings.warn(5))
    warnings.resetwarnings()
    warnings.defaultaction = 3
    attempt("defaultaction", lambda: warnings.warn("m"))
    warnings.defaultaction = "default"
    warnings.filters = ()
    attempt("filters not a list", lambda: warnings.warn("m"))
    warnings.filters = []
    warnings.simplefilter("once")
    saved = warnings.onceregistry
    warnings.onceregistry = []
    attempt("onceregistry", lambda: warnings.warn_explicit("m", UserWarning, "f.py", 1))
    warnings.onceregistry = saved
    warnings.simplefilter("always")
    warnings.showwarning = 5
    attempt("showwarning", lambda: warnings.warn("m"))
