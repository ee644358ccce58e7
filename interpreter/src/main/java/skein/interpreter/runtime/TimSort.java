package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.Arrays;

/**
 * CPython 3.11's list sort, step for step: natural runs extended by binary insertion to a
 * minimum length, merged in the order the powersort policy picks, with galloping merges. The
 * comparisons it makes, and so what a printing {@code __lt__} shows and what an inconsistent one
 * produces, are CPython's. It sorts {@code keys} in place, moving {@code values} (when a key
 * function made the keys) in step. When a comparison raises, every item is still in the arrays
 * exactly once, as in CPython.
 */
final class TimSort {

    private static final int MIN_GALLOP = 7;
    /** Enough pending runs for any array a JVM can hold (run lengths grow at least like Fibonacci numbers). */
    private static final int MAX_PENDING = 85;

    private final Object[] keys;
    /** Null when the keys are the items themselves. */
    private final Object[] values;
    private int minGallop = MIN_GALLOP;
    private final int[] runBase = new int[MAX_PENDING];
    private final int[] runLength = new int[MAX_PENDING];
    private final int[] runPower = new int[MAX_PENDING];
    private int runCount;
    private boolean descending;

    private TimSort(Object[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    @TruffleBoundary
    static void sort(Object[] keys, Object[] values) {
        if (keys.length >= 2) {
            new TimSort(keys, values).run();
        }
    }

    private void run() {
        int n = keys.length;
        int minRun = minRunLength(n);
        int lo = 0;
        int remaining = n;
        do {
            int length = countRun(lo, lo + remaining);
            if (descending) {
                reverse(lo, lo + length);
            }
            if (length < minRun) {
                int forced = Math.min(remaining, minRun);
                binarySort(lo, lo + forced, lo + length);
                length = forced;
            }
            foundNewRun(length);
            runBase[runCount] = lo;
            runLength[runCount] = length;
            runCount++;
            lo += length;
            remaining -= length;
        } while (remaining > 0);
        while (runCount > 1) {
            int i = runCount - 2;
            if (i > 0 && runLength[i - 1] < runLength[i + 1]) {
                i--;
            }
            mergeAt(i);
        }
    }

    private static int minRunLength(int n) {
        int low = 0;
        while (n >= 64) {
            low |= n & 1;
            n >>= 1;
        }
        return n + low;
    }

    private static boolean lessThan(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x < y;
        }
        if (a instanceof String x && b instanceof String y) {
            return StrOps.compare(x, y) < 0;
        }
        return Comparisons.test(a, b, Comparisons.Op.LT);
    }

    /** The length of the run at {@code lo}: non-descending, or strictly descending (then {@link #descending} is set). */
    private int countRun(int lo, int hi) {
        descending = false;
        if (lo + 1 == hi) {
            return 1;
        }
        int i = lo + 1;
        int n = 2;
        if (lessThan(keys[i], keys[i - 1])) {
            descending = true;
            for (i++; i < hi && lessThan(keys[i], keys[i - 1]); i++) {
                n++;
            }
        } else {
            for (i++; i < hi && !lessThan(keys[i], keys[i - 1]); i++) {
                n++;
            }
        }
        return n;
    }

    private void reverse(int lo, int hi) {
        for (int i = lo, j = hi - 1; i < j; i++, j--) {
            swap(keys, i, j);
            if (values != null) {
                swap(values, i, j);
            }
        }
    }

    private static void swap(Object[] array, int i, int j) {
        Object tmp = array[i];
        array[i] = array[j];
        array[j] = tmp;
    }

    /** Extends the sorted prefix {@code [lo, start)} to {@code [lo, hi)} by binary insertion. */
    private void binarySort(int lo, int hi, int start) {
        if (lo == start) {
            start++;
        }
        for (; start < hi; start++) {
            Object pivot = keys[start];
            int l = lo;
            int r = start;
            do {
                int p = l + ((r - l) >> 1);
                if (lessThan(pivot, keys[p])) {
                    r = p;
                } else {
                    l = p + 1;
                }
            } while (l < r);
            System.arraycopy(keys, l, keys, l + 1, start - l);
            keys[l] = pivot;
            if (values != null) {
                Object pivotValue = values[start];
                System.arraycopy(values, l, values, l + 1, start - l);
                values[l] = pivotValue;
            }
        }
    }

    /** Powersort: merges pending runs whose power exceeds the boundary's before the new run is pushed. */
    private void foundNewRun(int newLength) {
        if (runCount == 0) {
            return;
        }
        int top = runCount - 1;
        int power = powerLoop(runBase[top], runLength[top], newLength, keys.length);
        while (runCount > 1 && runPower[runCount - 2] > power) {
            mergeAt(runCount - 2);
        }
        runPower[runCount - 1] = power;
    }

    /** The depth of the boundary between two adjacent runs in the implicit binary tree over [0, n). */
    private static int powerLoop(long s1, long n1, long n2, long n) {
        int result = 0;
        long a = 2 * s1 + n1;
        long b = a + n1 + n2;
        while (true) {
            result++;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    private void mergeAt(int i) {
        int baseA = runBase[i];
        int lengthA = runLength[i];
        int baseB = runBase[i + 1];
        int lengthB = runLength[i + 1];
        runLength[i] = lengthA + lengthB;
        if (i == runCount - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLength[i + 1] = runLength[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        runCount--;
        int k = gallopRight(keys[baseB], keys, baseA, lengthA, 0);
        baseA += k;
        lengthA -= k;
        if (lengthA == 0) {
            return;
        }
        lengthB = gallopLeft(keys[baseA + lengthA - 1], keys, baseB, lengthB, lengthB - 1);
        if (lengthB <= 0) {
            return;
        }
        if (lengthA <= lengthB) {
            mergeLow(baseA, lengthA, baseB, lengthB);
        } else {
            mergeHigh(baseA, lengthA, baseB, lengthB);
        }
    }

    /**
     * Where {@code key} goes in the sorted {@code array[base, base+n)}, left of any equal items:
     * gallops from {@code hint} by growing steps, then searches the bracket found.
     */
    private static int gallopLeft(Object key, Object[] array, int base, int n, int hint) {
        int lastOffset = 0;
        int offset = 1;
        if (lessThan(array[base + hint], key)) {
            int maxOffset = n - hint;
            while (offset < maxOffset && lessThan(array[base + hint + offset], key)) {
                lastOffset = offset;
                offset = grow(offset, maxOffset);
            }
            offset = Math.min(offset, maxOffset);
            lastOffset += hint;
            offset += hint;
        } else {
            int maxOffset = hint + 1;
            while (offset < maxOffset && !lessThan(array[base + hint - offset], key)) {
                lastOffset = offset;
                offset = grow(offset, maxOffset);
            }
            offset = Math.min(offset, maxOffset);
            int k = lastOffset;
            lastOffset = hint - offset;
            offset = hint - k;
        }
        lastOffset++;
        while (lastOffset < offset) {
            int m = lastOffset + ((offset - lastOffset) >> 1);
            if (lessThan(array[base + m], key)) {
                lastOffset = m + 1;
            } else {
                offset = m;
            }
        }
        return offset;
    }

    /** Like {@link #gallopLeft}, but right of any items equal to {@code key}. */
    private static int gallopRight(Object key, Object[] array, int base, int n, int hint) {
        int lastOffset = 0;
        int offset = 1;
        if (lessThan(key, array[base + hint])) {
            int maxOffset = hint + 1;
            while (offset < maxOffset && lessThan(key, array[base + hint - offset])) {
                lastOffset = offset;
                offset = grow(offset, maxOffset);
            }
            offset = Math.min(offset, maxOffset);
            int k = lastOffset;
            lastOffset = hint - offset;
            offset = hint - k;
        } else {
            int maxOffset = n - hint;
            while (offset < maxOffset && !lessThan(key, array[base + hint + offset])) {
                lastOffset = offset;
                offset = grow(offset, maxOffset);
            }
            offset = Math.min(offset, maxOffset);
            lastOffset += hint;
            offset += hint;
        }
        lastOffset++;
        while (lastOffset < offset) {
            int m = lastOffset + ((offset - lastOffset) >> 1);
            if (lessThan(key, array[base + m])) {
                offset = m;
            } else {
                lastOffset = m + 1;
            }
        }
        return offset;
    }

    /** The next galloping step, 2k+1, kept from overflowing. */
    private static int grow(int offset, int maxOffset) {
        int next = (offset << 1) + 1;
        return next <= 0 ? maxOffset : next;
    }

    private void move(Object[] fromKeys, Object[] fromValues, int from, int to, int count) {
        System.arraycopy(fromKeys, from, keys, to, count);
        if (values != null) {
            System.arraycopy(fromValues, from, values, to, count);
        }
    }

    /**
     * Merges the adjacent runs {@code [baseA, baseA+lengthA)} and {@code [baseB, ...)} with
     * lengthA <= lengthB, copying run A aside and filling from the left. Run B's first item is
     * known to go first and run A's last item last.
     */
    private void mergeLow(int baseA, int lengthA, int baseB, int lengthB) {
        Object[] tmpKeys = Arrays.copyOfRange(keys, baseA, baseA + lengthA);
        Object[] tmpValues = values == null ? null : Arrays.copyOfRange(values, baseA, baseA + lengthA);
        int na = lengthA;
        int nb = lengthB;
        int a = 0;
        int b = baseB;
        int dest = baseA;
        int gallop = minGallop;
        boolean lastOfA = false;
        try {
            move(keys, values, b++, dest++, 1);
            if (--nb == 0) {
                return;
            }
            if (na == 1) {
                lastOfA = true;
                return;
            }
            merging:
            while (true) {
                int countA = 0;
                int countB = 0;
                while (true) {
                    if (lessThan(keys[b], tmpKeys[a])) {
                        move(keys, values, b++, dest++, 1);
                        countB++;
                        countA = 0;
                        if (--nb == 0) {
                            break merging;
                        }
                        if (countB >= gallop) {
                            break;
                        }
                    } else {
                        move(tmpKeys, tmpValues, a++, dest++, 1);
                        countA++;
                        countB = 0;
                        if (--na == 1) {
                            lastOfA = true;
                            break merging;
                        }
                        if (countA >= gallop) {
                            break;
                        }
                    }
                }
                gallop++;
                do {
                    gallop -= gallop > 1 ? 1 : 0;
                    minGallop = gallop;
                    int k = gallopRight(keys[b], tmpKeys, a, na, 0);
                    countA = k;
                    if (k != 0) {
                        move(tmpKeys, tmpValues, a, dest, k);
                        dest += k;
                        a += k;
                        na -= k;
                        if (na == 1) {
                            lastOfA = true;
                            break merging;
                        }
                        if (na == 0) {
                            break merging;
                        }
                    }
                    move(keys, values, b++, dest++, 1);
                    if (--nb == 0) {
                        break merging;
                    }
                    k = gallopLeft(tmpKeys[a], keys, b, nb, 0);
                    countB = k;
                    if (k != 0) {
                        move(keys, values, b, dest, k);
                        dest += k;
                        b += k;
                        nb -= k;
                        if (nb == 0) {
                            break merging;
                        }
                    }
                    move(tmpKeys, tmpValues, a++, dest++, 1);
                    if (--na == 1) {
                        lastOfA = true;
                        break merging;
                    }
                } while (countA >= MIN_GALLOP || countB >= MIN_GALLOP);
                gallop++;
                minGallop = gallop;
            }
        } finally {
            if (lastOfA) {
                move(keys, values, b, dest, nb);
                move(tmpKeys, tmpValues, a, dest + nb, 1);
            } else if (na > 0) {
                move(tmpKeys, tmpValues, a, dest, na);
            }
        }
    }

    /** The mirror image of {@link #mergeLow} for lengthA > lengthB: run B aside, filling from the right. */
    private void mergeHigh(int baseA, int lengthA, int baseB, int lengthB) {
        Object[] tmpKeys = Arrays.copyOfRange(keys, baseB, baseB + lengthB);
        Object[] tmpValues = values == null ? null : Arrays.copyOfRange(values, baseB, baseB + lengthB);
        int na = lengthA;
        int nb = lengthB;
        int a = baseA + na - 1;
        int b = nb - 1;
        int dest = baseB + nb - 1;
        int gallop = minGallop;
        boolean firstOfB = false;
        try {
            move(keys, values, a--, dest--, 1);
            if (--na == 0) {
                return;
            }
            if (nb == 1) {
                firstOfB = true;
                return;
            }
            merging:
            while (true) {
                int countA = 0;
                int countB = 0;
                while (true) {
                    if (lessThan(tmpKeys[b], keys[a])) {
                        move(keys, values, a--, dest--, 1);
                        countA++;
                        countB = 0;
                        if (--na == 0) {
                            break merging;
                        }
                        if (countA >= gallop) {
                            break;
                        }
                    } else {
                        move(tmpKeys, tmpValues, b--, dest--, 1);
                        countB++;
                        countA = 0;
                        if (--nb == 1) {
                            firstOfB = true;
                            break merging;
                        }
                        if (countB >= gallop) {
                            break;
                        }
                    }
                }
                gallop++;
                do {
                    gallop -= gallop > 1 ? 1 : 0;
                    minGallop = gallop;
                    int k = na - gallopRight(tmpKeys[b], keys, baseA, na, na - 1);
                    countA = k;
                    if (k != 0) {
                        dest -= k;
                        a -= k;
                        move(keys, values, a + 1, dest + 1, k);
                        na -= k;
                        if (na == 0) {
                            break merging;
                        }
                    }
                    move(tmpKeys, tmpValues, b--, dest--, 1);
                    if (--nb == 1) {
                        firstOfB = true;
                        break merging;
                    }
                    k = nb - gallopLeft(keys[a], tmpKeys, 0, nb, nb - 1);
                    countB = k;
                    if (k != 0) {
                        dest -= k;
                        b -= k;
                        move(tmpKeys, tmpValues, b + 1, dest + 1, k);
                        nb -= k;
                        if (nb == 1) {
                            firstOfB = true;
                            break merging;
                        }
                        if (nb == 0) {
                            break merging;
                        }
                    }
                    move(keys, values, a--, dest--, 1);
                    if (--na == 0) {
                        break merging;
                    }
                } while (countA >= MIN_GALLOP || countB >= MIN_GALLOP);
                gallop++;
                minGallop = gallop;
            }
        } finally {
            if (firstOfB) {
                dest -= na;
                a -= na;
                move(keys, values, a + 1, dest + 1, na);
                move(tmpKeys, tmpValues, b, dest, 1);
            } else if (nb > 0) {
                move(tmpKeys, tmpValues, 0, dest - (nb - 1), nb);
            }
        }
    }
}
