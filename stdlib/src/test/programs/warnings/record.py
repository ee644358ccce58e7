# catch_warnings(record=True): the list of WarningMessage objects and what they hold.
import warnings


class Custom(UserWarning):
    pass


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("plain text")
    warnings.warn("with a category", FutureWarning)
    instance = Custom("an instance", 42)
    warnings.warn(instance, DeprecationWarning)
    warnings.warn_explicit("explicit", RuntimeWarning, "some_file.py", 12, module="elsewhere")
    warnings.warn_explicit(Custom("explicit instance"), None, "other.py", 3)
    warnings.warn("with a source", source=instance)
    warnings.warn(123)

for w in caught:
    print(type(w).__name__, type(w.message).__name__, w.message.args, w.category.__name__,
          w.filename == __file__ or w.filename, w.lineno, w.file, w.line, w.source is instance)
print(caught[2].message is instance)
print(str(caught[0]).replace(__file__, "FILE"))
print(str(warnings.WarningMessage("m", UserWarning, "f.py", 3, line="  the line")))
print(str(warnings.WarningMessage("m", None, "f.py", 3)))
print(warnings.WarningMessage._WARNING_DETAILS)
