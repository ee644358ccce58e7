# A chained exception: the last line is the final exception.
try:
    {}['config']
except KeyError as e:
    raise RuntimeError('configuration incomplete') from e
