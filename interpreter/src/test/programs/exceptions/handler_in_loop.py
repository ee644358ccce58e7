# Exceptions inside loops: continue after handling, count failures.
values = ['1', '2', 'x', '4', '', '6.0', '-7']
total, failures = 0, []
for v in values:
    try:
        total += int(v)
    except ValueError as e:
        failures.append(str(e))
        continue
    finally:
        pass
print(total)
for f in failures:
    print(f)
results = {}
for key in ['a', 'b', 'c']:
    try:
        results[key] = {'a': 1, 'c': 3}[key] * 2
    except KeyError as e:
        results[key] = f'missing {e}'
print(results)
