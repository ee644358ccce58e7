# A threading.local subclass: its __init__ runs again, with the constructor's arguments, the
# first time each thread touches the object; class attributes and methods are shared.
import threading


class Context(threading.local):
    kind = "context"
    inits = []
    inits_lock = threading.Lock()

    def __init__(self, user, level=0):
        self.user = user
        self.level = level
        self.stack = []
        with Context.inits_lock:
            Context.inits.append(threading.current_thread().name)

    def push(self, item):
        self.stack.append(item)
        return len(self.stack)


ctx = Context("alice", level=2)
ctx.push("main-item")
print(ctx.user, ctx.level, ctx.stack, Context.inits)

results = {}


def worker():
    name = threading.current_thread().name
    first = (ctx.user, ctx.level, list(ctx.stack), ctx.kind)
    ctx.push(name)
    ctx.push(name)
    ctx.user = name
    results[name] = first, ctx.user, ctx.stack


threads = [threading.Thread(target=worker, name=f"t{i}") for i in range(3)]
for t in threads:
    t.start()
    t.join()
for name in sorted(results):
    print(name, results[name])
print(ctx.user, ctx.stack, sorted(Context.inits))

# A thread that never touches the object never runs __init__.
idle = threading.Thread(target=lambda: None, name="idle")
idle.start()
idle.join()
print("idle" in Context.inits, len(Context.inits))

# Plain threading.local refuses constructor arguments; a subclass with __init__ accepts them.
try:
    threading.local("x")
except TypeError as e:
    print("TypeError", e)
try:
    threading.local(key=1)
except TypeError as e:
    print("TypeError", e)
