# atexit.register keeps the function with its arguments and returns it (so it works as a
# decorator); the callbacks run last registered first when the program ends. unregister,
# _run_exitfuncs, _clear and _ncallbacks behave as CPython's do.
import atexit

base = atexit._ncallbacks()  # the site module may have registered some already


def greet(name, punctuation="!"):
    print(f"goodbye, {name}{punctuation}")


print(atexit.register(greet, "first") is greet)
atexit.register(greet, "second", punctuation="?")
atexit.register(print, "print with", "several", "args", sep="-")


@atexit.register
def decorated():
    print("decorated runs before the ones registered earlier")


print(decorated.__name__, atexit._ncallbacks() - base)


# unregister removes every registration of a function (compared with ==), and the slot stays counted.
def unwanted():
    print("never printed")


atexit.register(unwanted)
atexit.register(unwanted, 1)
before = atexit._ncallbacks() - base
print(atexit.unregister(unwanted), before, atexit._ncallbacks() - base)
atexit.unregister(lambda: None)  # not registered: nothing happens


# A bound method is equal to another bound method of the same object and function.
class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


kept, dropped = Resource("kept"), Resource("dropped")
atexit.register(kept.close)
atexit.register(dropped.close)
atexit.unregister(dropped.close)

# _run_exitfuncs runs what is registered now and forgets it; a callback can unregister others.
trial = []


def first():
    trial.append("first")


def second():
    trial.append("second")
    atexit.unregister(first)


atexit._clear()
atexit.register(first)
atexit.register(second)
atexit._run_exitfuncs()
print(trial, atexit._ncallbacks())
atexit._run_exitfuncs()
print(trial)

atexit.register(greet, "cleared")
atexit._clear()
print(atexit._ncallbacks())
atexit.register(greet, "world")
atexit.register(kept.close)
atexit.register(print, "last registered, first run")

for call in [lambda: atexit.register(42), lambda: atexit.register(), lambda: atexit.register(func=print),
             lambda: atexit.unregister(), lambda: atexit.unregister(print, print), lambda: atexit._ncallbacks(1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print("main ends")
