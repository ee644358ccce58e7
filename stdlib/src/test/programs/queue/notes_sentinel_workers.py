# The notes' copy of the official worker-pool example, with do_work, source and
# num_worker_threads filled in: workers take items until they get a None sentinel, q.join()
# waits until every item is done, then one None per worker stops them. Results are collected
# and printed sorted, since the workers finish items in any order.
import queue
import threading

num_worker_threads = 3
results = []
results_lock = threading.Lock()


def source():
    return range(1, 13)


def do_work(item):
    with results_lock:
        results.append((item, item ** 2))


def worker():
    while True:
        item = q.get()
        # 当任务执行完毕，需要再一次向队列传入和线程数一致的None，这样线程才能结束，否则当item消耗完毕，会卡在q.get()，一直等待获取
        if item is None:
            break
        do_work(item)
        # task_done和get是成对的，当item处理完毕以后再task_done
        q.task_done()

q = queue.Queue()
threads = []
for i in range(num_worker_threads):
    t = threading.Thread(target=worker)
    t.start()
    threads.append(t)

for item in source():
    q.put(item)

# block until all tasks are done
# 在这里阻塞主线程，等待队列内部计数器清零才继续执行
q.join()
print("done when join returned:", len(results))

# stop workers
# 重新向队列传入和线程数目一致的None，以保证所有的线程都能结束运行
for i in range(num_worker_threads):
    q.put(None)
for t in threads:
    t.join()

print(sorted(results))
print("unfinished (the sentinels were never marked done):", q.unfinished_tasks)
