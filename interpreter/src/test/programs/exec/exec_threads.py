# Many threads running exec and eval at once, each in its own dict, some sharing one code object.
import threading

shared_code = compile('''
def work(n):
    total = 0
    for i in range(n):
        total += i
    return total
result = work(limit)
''', "<shared>", "exec")

results = {}
errors = []

def worker(index):
    try:
        for round_number in range(20):
            ns = {"limit": index * 10 + round_number}
            exec(shared_code, ns)
            own = {}
            exec(f"value = {index} * 1000 + {round_number}\nsquare = value * value", own)
            assert own["square"] == own["value"] ** 2
            assert eval("limit * 2", ns) == ns["limit"] * 2
            if ns["result"] != sum(range(ns["limit"])):
                errors.append((index, round_number))
        results[index] = ns["result"]
    except Exception as e:
        errors.append(repr(e))

threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print(errors)

# Threads exec-ing into one shared dict: every name lands.
shared = {}
def binder(index):
    for j in range(50):
        exec(f"name_{index}_{j} = {j}", shared)
threads = [threading.Thread(target=binder, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len([k for k in shared if k.startswith("name_")]))
