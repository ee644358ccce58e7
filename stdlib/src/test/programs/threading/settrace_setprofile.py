# threading.settrace and threading.setprofile are accepted, read back with gettrace and
# getprofile, and reset with None; threads started meanwhile still run to completion.
import threading


def tracer(frame, event, arg):
    return tracer


def profiler(frame, event, arg):
    pass


print(threading.gettrace(), threading.getprofile())
threading.settrace(tracer)
threading.setprofile(profiler)
print(threading.gettrace() is tracer, threading.getprofile() is profiler)

results = []


def work(n):
    total = 0
    for i in range(n):
        total += i
    results.append(total)


threads = [threading.Thread(target=work, args=(n,)) for n in (10, 100)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))

threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())
t = threading.Thread(target=work, args=(5,))
t.start()
t.join()
print(sorted(results))
