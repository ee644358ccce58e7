package skein.interpreter.parser;

/**
 * Realistic Python source of any size for the speed and size tests: classes with docstrings,
 * methods, comprehensions, f-strings, async code, exception handling, varied by a counter.
 */
final class GeneratedCode {

    /** How many top-level statements one {@link #block} holds. */
    static final int STATEMENTS_PER_BLOCK = 3;

    private GeneratedCode() {
    }

    /** One block of about 50 lines; {@code i} varies names and numbers. */
    static String block(int i) {
        int k = i % 7 + 2;
        return """
                # Section %1$d: a worker class and its helper.
                class Worker%1$d(Base, metaclass=Registry):
                    \"""Processes queued items in batches of %2$d.

                    The docstring is long on purpose: real modules document what they do, and a
                    parser must read such text as fast as it reads code.
                    \"""
                    limit = %1$d * 2 + 1

                    def __init__(self, items, *, scale=%1$d.5, name: str = "w%1$d") -> None:
                        self.items = [x for x in items if x %% %2$d != 0]
                        self.total = sum(self.items) * scale
                        self.name = f"worker-%1$d-{self.total:.2f}-{name!r}"
                        self.lock = asyncio.Lock()

                    async def run(self, queue):
                        async with self.lock:
                            while not queue.empty():
                                item = await queue.get()
                                try:
                                    result = self.process(item)
                                except (ValueError, KeyError) as error:
                                    log.warning("failed %%s: %%r", item, error)
                                    continue
                                else:
                                    yield result
                                finally:
                                    queue.task_done()

                    def process(self, item):
                        found = {"a": 1, "b": 2, **self.extra}.get(item, None)
                        if found is not None and found > self.limit:
                            return found
                        elif isinstance(item, (int, float)):
                            return item ** 2 - (item // %2$d) %% 3
                        return lambda value=item, *rest, **options: (value, rest, options)


                def helper_%1$d(a, b=..., /, c=None, *args, d, **kwargs) -> dict[str, int]:
                    data = {key: value for key, value in zip(a, b) if key not in kwargs}
                    with open(c) as handle, suppress(OSError):
                        lines = handle.read().splitlines()
                    for index, (left, *right) in enumerate(pairs(lines), start=%1$d):
                        data[left] = right[0] if right else index
                    return data | {"lines": len(lines), "args": len(args), **kwargs}


                TABLE_%1$d = [(n, n * %2$d, hex(n)) for n in range(%1$d %% 50) if n & 1]
                """.formatted(i, k);
    }

    /** Whole blocks, as many as make at least {@code size} characters. */
    static String ofSize(int size) {
        StringBuilder out = new StringBuilder(size + 4096);
        for (int i = 0; out.length() < size; i++) {
            out.append(block(i));
        }
        return out.toString();
    }
}
