# A text-processing pipeline of worker threads connected by queues: a reader splits documents
# into numbered lines, a pool of parser threads turns lines into word lists (rejecting bad
# lines to an error queue), a pool of counter threads tallies words per document, and a single
# collector puts the results back in order. Every stage stops on sentinels, one per worker of
# the next stage. Workers finish in any order, so everything printed is either re-ordered by
# sequence number or sorted.
import queue
import threading
from collections import Counter

DOCUMENTS = {
    "alpha": "the quick brown fox\njumps over the lazy dog\n# comment line\nthe end",
    "beta": "to be or not to be\nthat is the question\n\nwhether tis nobler",
    "gamma": "a stitch in time\nsaves nine\n!!! broken !!!\nin time the stitch holds",
    "delta": "one two three\nfour five six\nseven eight nine ten\none two",
}
PARSERS = 3
COUNTERS = 2
STOP = object()


class Line:
    def __init__(self, seq, doc, number, text):
        self.seq = seq
        self.doc = doc
        self.number = number
        self.text = text


class Stage:
    """A pool of threads that take items from `inbox` until they meet a sentinel."""

    def __init__(self, name, workers, inbox, handle):
        self.name = name
        self.inbox = inbox
        self.handle = handle
        self.processed = [0] * workers
        self.threads = [threading.Thread(target=self.loop, args=(i,), name=f"{name}-{i}")
                        for i in range(workers)]

    def loop(self, index):
        while True:
            item = self.inbox.get()
            try:
                if item is STOP:
                    return
                self.handle(item)
                self.processed[index] += 1
            finally:
                self.inbox.task_done()

    def start(self):
        for t in self.threads:
            t.start()

    def stop(self):
        for _ in self.threads:
            self.inbox.put(STOP)
        for t in self.threads:
            t.join()


lines_q = queue.Queue(maxsize=4)  # small bounds make the reader wait for the parsers
words_q = queue.Queue(maxsize=4)
results_q = queue.PriorityQueue()
errors_q = queue.SimpleQueue()


def read_documents():
    seq = 0
    for doc in sorted(DOCUMENTS):
        for number, text in enumerate(DOCUMENTS[doc].split("\n"), start=1):
            lines_q.put(Line(seq, doc, number, text))
            seq += 1
    return seq


def parse(line):
    stripped = line.text.strip()
    if not stripped or stripped.startswith("#"):
        words_q.put((line, []))  # kept, so the sequence has no holes
        return
    if not all(ch.isalpha() or ch.isspace() for ch in stripped):
        errors_q.put((line.doc, line.number, "not words: " + stripped))
        words_q.put((line, None))
        return
    words_q.put((line, stripped.lower().split()))


def count(item):
    line, words = item
    tally = Counter(words) if words is not None else None
    results_q.put((line.seq, line.doc, line.number, tally))


def collect(total, out):
    """Takes results in any order and releases them in sequence order."""
    waiting = {}
    next_seq = 0
    while next_seq < total:
        seq, doc, number, tally = results_q.get()
        waiting[seq] = (doc, number, tally)
        while next_seq in waiting:
            out.append(waiting.pop(next_seq))
            next_seq += 1


parsers = Stage("parser", PARSERS, lines_q, parse)
counters = Stage("counter", COUNTERS, words_q, count)
ordered = []
parsers.start()
counters.start()
reader_total = []
reader = threading.Thread(target=lambda: reader_total.append(read_documents()), name="reader")
reader.start()
reader.join()
total = reader_total[0]
collector = threading.Thread(target=collect, args=(total, ordered), name="collector")
collector.start()
parsers.stop()  # every line is parsed before the counters are told to stop
counters.stop()
collector.join()

print(f"lines read: {total}, lines collected: {len(ordered)}")
print("parser threads processed:", sum(parsers.processed), "counter threads:", sum(counters.processed))
print("any worker still alive:", any(t.is_alive() for t in parsers.threads + counters.threads))

per_doc = {}
for doc, number, tally in ordered:
    summary = per_doc.setdefault(doc, {"lines": 0, "words": Counter(), "skipped": [], "bad": []})
    summary["lines"] += 1
    if tally is None:
        summary["bad"].append(number)
    elif not tally:
        summary["skipped"].append(number)
    else:
        summary["words"].update(tally)

for doc in sorted(per_doc):
    s = per_doc[doc]
    top = sorted(s["words"].items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print(f"{doc:6} lines={s['lines']} words={sum(s['words'].values()):2} "
          f"skipped={s['skipped']} bad={s['bad']} top={top}")

print("order kept:", [(doc, number) for doc, number, _ in ordered][:6])

errors = []
while not errors_q.empty():
    errors.append(errors_q.get_nowait())
print("errors:", sorted(errors))

overall = Counter()
for s in per_doc.values():
    overall.update(s["words"])
print("distinct words:", len(overall), "most common:",
      sorted(overall.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print("queues drained:", lines_q.empty(), words_q.empty(), results_q.empty(),
      lines_q.unfinished_tasks, words_q.unfinished_tasks)
