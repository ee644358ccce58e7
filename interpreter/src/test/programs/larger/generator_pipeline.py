# A log-processing pipeline built from generators: a line source, parsing stages chained
# with yield from and generator expressions, and send()-driven coroutine consumers that
# collect statistics and report them through their return values when closed.
import functools

FIRST_LOG = """\
2024-03-01 10:00:01 INFO  web    GET /index.html 200 12ms
2024-03-01 10:00:02 INFO  web    GET /about.html 200 8ms
2024-03-01 10:00:02 WARN  db     slow query 950ms
# comment lines and blank lines are skipped

2024-03-01 10:00:03 ERROR web    GET /missing 404 3ms
2024-03-01 10:00:04 INFO  api    POST /orders 201 40ms
"""
SECOND_LOG = """\
2024-03-01 10:00:04 ERROR db     connection reset
2024-03-01 10:00:05 INFO  web    GET /index.html 200 10ms
garbage line without structure
2024-03-01 10:00:06 INFO  api    GET /orders 200 22ms
2024-03-01 10:00:07 WARN  api    GET /orders 200 480ms
2024-03-01 10:00:08 INFO  web    GET /index.html 304 2ms
"""
FILES = [('first.log', FIRST_LOG), ('second.log', SECOND_LOG)]


def read_lines(text):
    """Source stage: yields raw lines with their 1-based numbers."""
    for number, line in enumerate(text.splitlines(), 1):
        yield number, line


def meaningful(lines):
    for number, line in lines:
        stripped = line.strip()
        if stripped and not stripped.startswith('#'):
            yield number, stripped


class ParseError(Exception):
    pass


def parse(name, lines, errors):
    """Turns lines into records; bad lines go to the errors coroutine instead."""
    for number, line in lines:
        fields = line.split()
        if len(fields) < 5 or fields[2] not in ('INFO', 'WARN', 'ERROR'):
            errors.send(ParseError(f'{name} line {number}: {line[:20]!r}'))
            continue
        date, time, level, service, *message = fields
        yield {'file': name, 'line': number, 'time': time, 'level': level, 'service': service,
               'message': ' '.join(message)}


def requests(records):
    """Expands records whose message is an HTTP request into method, path, status and ms."""
    for record in records:
        parts = record['message'].split()
        if len(parts) == 4 and parts[0] in ('GET', 'POST') and parts[3].endswith('ms'):
            method, path, status, duration = parts
            yield dict(record, method=method, path=path, status=int(status),
                       ms=int(duration[:-2]))
        else:
            yield dict(record, method=None)


def counted(items):
    count = 0
    for item in items:
        count += 1
        yield item
    return count


def records_of(files, errors):
    """The front half of the pipeline over several files; returns the number of records."""
    total = 0
    for name, text in files:
        count = yield from counted(requests(parse(name, meaningful(read_lines(text)), errors)))
        print(f'{name}: {count} records')
        total += count
    return total


def primed(function):
    """Starts a coroutine consumer so it can take send() at once."""
    @functools.wraps(function)
    def start(*args, **kwargs):
        consumer = function(*args, **kwargs)
        next(consumer)
        return consumer
    return start


@primed
def error_collector(label):
    collected = []
    try:
        while True:
            error = yield
            collected.append(str(error))
    except GeneratorExit:
        print(f'{label} error collector closing with {len(collected)} errors')
        for message in collected:
            print('  bad', message)


@primed
def level_counter():
    counts = {}
    while True:
        record = yield
        if record is None:
            return counts
        counts[record['level']] = counts.get(record['level'], 0) + 1


@primed
def latency_stats(threshold):
    slow = []
    durations = {}
    while True:
        record = yield
        if record is None:
            return durations, slow
        if record['method'] is None:
            continue
        durations.setdefault(record['path'], []).append(record['ms'])
        if record['ms'] >= threshold:
            slow.append((record['line'], record['path'], record['ms']))


@primed
def broadcast(*targets):
    while True:
        item = yield
        for target in targets:
            target.send(item)


def finish(consumer):
    """Sends the end marker and returns the consumer's result from StopIteration."""
    try:
        consumer.send(None)
    except StopIteration as stop:
        return stop.value
    raise RuntimeError('consumer did not finish')


errors = error_collector('main')
levels = level_counter()
latency = latency_stats(threshold=400)
fan_out = broadcast(levels, latency)

source = records_of(FILES, errors)
while True:
    try:
        record = next(source)
    except StopIteration as stop:
        print('records processed:', stop.value)
        break
    fan_out.send(record)
fan_out.close()

print('levels:', sorted(finish(levels).items()))
durations, slow = finish(latency)
for path in sorted(durations):
    values = durations[path]
    print(f'{path:12} n={len(values)} avg={sum(values) / len(values):.1f} max={max(values)}')
print('slow requests:', slow)
errors.close()

second_errors = error_collector('second pass')
records = list(records_of(FILES, second_errors))
second_errors.close()
error_lines = ((r['file'], r['line']) for r in records if r['level'] == 'ERROR')
print('error lines:', list(error_lines))
by_service = {}
for record in records:
    by_service.setdefault(record['service'], []).append(record['time'][-2:])
print('by service:', sorted(by_service.items()))
print('any 5xx:', any(r.get('status', 0) >= 500 for r in records))
print('all requests fast enough:', all(r['ms'] < 1000 for r in records if r['method']))
print('total ms of web:', sum(r['ms'] for r in records if r['service'] == 'web' and r['method']))
first_post = next((r for r in records if r['method'] == 'POST'), None)
print('first POST at', first_post['file'], 'line', first_post['line'], first_post['path'])


def windows(items, size):
    """Sliding windows over any iterable, kept in a list buffer between yields."""
    window = []
    for item in items:
        window.append(item)
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            yield tuple(window)


timings = (r['ms'] for r in records if r['method'])
print('moving averages:', [round(sum(w) / len(w), 1) for w in windows(timings, 3)])
