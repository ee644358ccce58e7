# A program's showwarning and formatwarning are used for every warning, those of Python code and
# those the runtime issues itself (a deprecated threading API, a coroutine never awaited).
import sys
import threading
import warnings

calls = []


def my_showwarning(message, category, filename, lineno, file=None, line=None):
    calls.append((str(message), category.__name__, filename == __file__, lineno, file, line))


warnings.showwarning = my_showwarning
warnings.simplefilter("always")
warnings.warn("from python")
threading.current_thread().getName()
threading.Event().isSet()


async def never_run():
    pass


never_run()
for call in calls:
    print(call)

print("-- formatwarning")
print(repr(warnings.formatwarning("text", UserWarning, "f.py", 3)))
print(repr(warnings.formatwarning("text", UserWarning, "f.py", 3, line="   given line   ")))
print(repr(warnings.formatwarning("text", UserWarning, __file__, 1).replace(__file__, "FILE")))
print(repr(warnings.formatwarning(ValueError("an exception"), FutureWarning, "f.py", 0, "")))


def my_format(message, category, filename, lineno, line=None):
    return "[%s] %s at line %s\n" % (category.__name__, message, lineno)


warnings.showwarning = warnings._showwarning_orig
warnings.formatwarning = my_format
warnings.showwarning("direct", UserWarning, "f.py", 9, file=sys.stdout)
saved_stderr = sys.stderr
sys.stderr = sys.stdout
warnings.warn("through the default showwarning")
threading.current_thread().setName("MainThread")
sys.stderr = saved_stderr
