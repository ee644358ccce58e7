# stacklevel blames the frame that many calls out: its file, line and module, whose filters
# then apply.
import warnings
from warnsource_pkg import alpha
from warnsource_pkg.showing import install

install()
warnings.simplefilter("always")


def inner(level):
    warnings.warn("level %d" % level, stacklevel=level)


def middle(level):
    inner(level)


def outer(level):
    middle(level)


for level in [1, 2, 3, 4, 0, -3, 50]:
    outer(level)

# A library blaming its caller: the warning is from __main__, so __main__'s filters apply.
warnings.resetwarnings()
warnings.filterwarnings("ignore", module="warnsource_pkg")
warnings.filterwarnings("always", module="__main__")
alpha.first("from the library itself")
alpha.blame_caller("blamed on the caller")
print(sorted(k for k in __warningregistry__ if k != "version"))
