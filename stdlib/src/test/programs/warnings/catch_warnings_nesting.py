# catch_warnings saves the filters and showwarning on entry and puts them back on exit, nested
# or not, and whatever happened inside; record=True collects; action= applies a simplefilter.
import warnings
from warnsource_pkg.showing import install, show_on_stdout

install()
outer_filters = warnings.filters
print(len(warnings.filters))

with warnings.catch_warnings():
    print("inside: a copy", warnings.filters is not outer_filters, warnings.filters == outer_filters)
    warnings.simplefilter("ignore")
    warnings.warn("ignored inside")
    with warnings.catch_warnings(record=True) as inner:
        warnings.simplefilter("always")
        warnings.warn("recorded")
        warnings.warn("recorded")
        print("showwarning is the default one:", warnings.showwarning is not show_on_stdout)
        with warnings.catch_warnings(action="error", category=UserWarning):
            try:
                warnings.warn("an error now")
            except UserWarning as error:
                print("raised", error)
            warnings.warn("other categories still recorded", FutureWarning)
        warnings.warn("recorded after the innermost block")
    print([str(w.message) for w in inner])
    warnings.warn("ignored again")
    print(len(warnings.filters))

print("restored:", warnings.filters is outer_filters, len(warnings.filters),
      warnings.showwarning is show_on_stdout)

try:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        raise KeyError("leaving by an exception")
except KeyError:
    pass
print("restored after an exception:", warnings.filters is outer_filters)

# What was shown inside is forgotten on exit, so a warning shown before shows again after.
warnings.warn("shown before")
with warnings.catch_warnings():
    warnings.warn("shown before")
warnings.warn("shown before")

manager = warnings.catch_warnings(record=True)
print(repr(manager), repr(warnings.catch_warnings()))
with manager:
    try:
        with manager:
            pass
    except RuntimeError as error:
        print("RuntimeError:", error)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as error:
    print("RuntimeError:", error)
