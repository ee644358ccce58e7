# threads_cpu with a while loop instead of for-in-range: the same arithmetic and the same
# rounds (1 thread, then 2 threads at once), but Skein's loop allocates nothing per step (its
# range iterator still boxes each number), so this variant shows how threads scale when
# allocation does not limit them.
import threads_cpu


def crunch(steps):
    total = 0
    i = 0
    while i < steps:
        total = (total + i * i) % 1_000_003
        i += 1
    return total


threads_cpu.main(crunch)
