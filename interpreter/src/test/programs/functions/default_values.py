# Default values are evaluated once, at definition time.
counter = 10
def f(x=counter):
    return x
counter = 20
print(f(), f(1))
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_to(1), append_to(2), append_to(3, []))
def safe_append(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(safe_append(1), safe_append(2))
def many(a, b=2, c=3):
    return a, b, c
print(many(1), many(1, c=9), many.__defaults__)
