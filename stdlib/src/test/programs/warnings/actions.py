# Each action of simplefilter, on the same warnings: how often each is shown, from one line,
# from two lines, and from two modules.
import warnings
from warnsource_pkg import alpha, beta
from warnsource_pkg.showing import install

install()


def run(action):
    print("--", action)
    warnings.resetwarnings()
    warnings.simplefilter(action)
    for attempt in range(2):
        alpha.first("same text")
    alpha.second("same text")
    beta.first("same text")
    alpha.first("other text")
    warnings.warn("from main")
    warnings.warn("from main")


for action in ["always", "default", "module", "once", "ignore"]:
    run(action)

print("-- error")
warnings.simplefilter("error")
try:
    alpha.first("raised")
except UserWarning as error:
    print(type(error).__name__, error.args)

print("-- simplefilter makes the shown ones show again")
warnings.simplefilter("default")
alpha.first("again")
alpha.first("again")
warnings.simplefilter("default")
alpha.first("again")

print("-- the default action applies when no filter matches")
warnings.resetwarnings()
warnings.defaultaction = "always"
alpha.first("by default")
alpha.first("by default")
warnings.defaultaction = "ignore"
alpha.first("by default")
warnings.defaultaction = "default"
