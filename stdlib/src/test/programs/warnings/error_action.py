# The "error" action raises the warning as an exception: an instance given is raised itself,
# text is made into the category. Uncaught, it ends the program like any exception.
import warnings

warnings.simplefilter("error")
try:
    warnings.warn("as text", FutureWarning)
except FutureWarning as error:
    print(type(error).__name__, error.args)

given = RuntimeWarning("as an instance", 7)
try:
    warnings.warn(given)
except RuntimeWarning as error:
    print(error is given, error.args)

warnings.filterwarnings("ignore", category=DeprecationWarning)
warnings.warn("ignored", DeprecationWarning)
try:
    warnings.warn("a subclass of Warning", SyntaxWarning)
except Warning as error:
    print(type(error).__name__, error)

try:
    warnings.warn_explicit("explicit", UserWarning, "x.py", 1)
except UserWarning as error:
    print("explicit:", error)


def deep():
    warnings.warn("raised where warn was called")


try:
    deep()
except UserWarning as error:
    print("from deep:", error.__traceback__.tb_next.tb_frame.f_code.co_name)

warnings.warn("uncaught")
print("not reached")
