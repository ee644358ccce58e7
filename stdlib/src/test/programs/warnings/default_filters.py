# The filters a process starts with, in CPython's order, and what they do: DeprecationWarning is
# shown only for code in __main__, PendingDeprecationWarning, ImportWarning and ResourceWarning
# never; everything else once per place ("default").
import warnings
from warnsource_pkg import alpha
from warnsource_pkg.showing import install

install()
print(warnings.filters)
print(warnings.defaultaction, warnings.onceregistry)

warnings.warn("deprecated here", DeprecationWarning)
alpha.first("deprecated in a library", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("import", ImportWarning)
warnings.warn("resource", ResourceWarning)
warnings.warn("future", FutureWarning)
warnings.warn("runtime", RuntimeWarning)

for attempt in range(3):
    warnings.warn("in a loop")
for attempt in range(3):
    alpha.first("library loop")
alpha.second("library loop")
warnings.warn("in a loop")

# The registry of the module whose code warned remembers what it showed.
print(sorted(key for key in __warningregistry__ if key != "version"))
print(sorted(key for key in alpha.__warningregistry__ if key != "version"))
