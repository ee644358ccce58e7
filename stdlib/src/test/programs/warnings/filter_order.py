# filterwarnings: the first filter that matches decides; the message regex matches the start of
# the text, ignoring case; the module regex the name of the module the warning comes from;
# lineno one line only; append puts a filter last; adding an equal filter moves it.
import warnings
from warnsource_pkg import alpha
from warnsource_pkg.showing import install

install()
warnings.resetwarnings()
warnings.simplefilter("always")
warnings.filterwarnings("ignore", "spam")
warnings.filterwarnings("ignore", category=RuntimeWarning)
warnings.filterwarnings("ignore", module="warnsource_pkg")
print(warnings.filters)

warnings.warn("spam and eggs")
warnings.warn("SPAM shouted")
warnings.warn("eggs and spam")
warnings.warn("a runtime warning", RuntimeWarning)
warnings.warn("a bytes warning", BytesWarning)
alpha.first("from the library")

print("-- a later filter never wins over an earlier one")
warnings.filterwarnings("always", "spam", append=True)
print(len(warnings.filters), warnings.filters[-1])
warnings.warn("spam again")
warnings.filterwarnings("always", "spam")
print(len(warnings.filters), warnings.filters[0])
warnings.warn("spam once more")
warnings.filterwarnings("always", "spam", append=True)
print(len(warnings.filters))

print("-- lineno")
warnings.resetwarnings()
warnings.simplefilter("always")
warnings.filterwarnings("ignore", lineno=38)
warnings.warn("line 37")
warnings.warn("line 38: ignored")
warnings.simplefilter("ignore", lineno=40, append=True)
warnings.warn("line 40: the always filter comes first")

print("-- module regex against __main__, match at the start")
warnings.resetwarnings()
warnings.filterwarnings("always", module="__ma")
warnings.filterwarnings("ignore", module="main")
warnings.warn("main warns")
print(warnings.filters[0][3], warnings.filters[0][3].pattern, warnings.filters[0][3].flags,
      warnings.filters[1][1])
warnings.resetwarnings()
print(warnings.filters)
