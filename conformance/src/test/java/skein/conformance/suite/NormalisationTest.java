package skein.conformance.suite;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Each normalisation rewrites what differs between runs, and nothing else. */
class NormalisationTest {

    @Test
    void addressesLoseTheirNumberOnly() {
        assertEquals("<Future at 0x… state=running>", Normalisation.ADDRESSES.apply("<Future at 0x7f3a2c1b4e50 state=running>"));
        assertEquals("value 0x1f is hex", Normalisation.ADDRESSES.apply("value 0x1f is hex"));
    }

    @Test
    void clockTimesBecomeOffsetsFromTheFirst() {
        assertEquals("c1 started at T+0\nc1 ended at T+2\nmain end! T+3",
                Normalisation.CLOCK_TIMES.apply("c1 started at 10:59:58\nc1 ended at 11:00:00\nmain end! 11:00:01"));
        assertEquals("T+0 start\nT+5 end", Normalisation.CLOCK_TIMES.apply("2024-01-02 23:59:58 start\n2024-01-03 00:00:03 end"));
        assertEquals("ratio 12:60 and 25:00:00 stay", Normalisation.CLOCK_TIMES.apply("ratio 12:60 and 25:00:00 stay"));
    }

    @Test
    void randomNumbersBecomeNumberedPlaceholdersKeepingRepeats() {
        assertEquals("waiting result: <n1>\nwaiting result: <n2>\n['result: <n1>', 'result: <n2>']",
                Normalisation.RANDOM_NUMBERS.apply("waiting result: 76\nwaiting result: 87\n['result: 76', 'result: 87']"));
        assertNull(Comparison.firstDifference("r 64\nr 95\n[64, 95]\n", "r 7\nr 3\n[7, 3]\n", Comparison.Order.LINES,
                java.util.Set.of(Normalisation.RANDOM_NUMBERS)));
        assertEquals("line 1: expected <r 64> but was <r 7>",
                Comparison.firstDifference("r 64\n", "r 7\n", Comparison.Order.LINES), "only for the snippets that name it");
    }

    @Test
    void measuredElapsedTimesLoseTheirFigureButWrittenDurationsStay() {
        assertEquals("Thread pool execution in <t> seconds", Normalisation.ELAPSED_SECONDS.apply(
                "Thread pool execution in 3.0104618072509766 seconds"));
        assertEquals("took <t>s, then <t> 秒, <t> secs", Normalisation.ELAPSED_SECONDS.apply("took 2.01s, then 1.5 秒, 4.0 secs"));
        assertEquals("Scheduled for 2 seconds...", Normalisation.ELAPSED_SECONDS.apply("Scheduled for 2 seconds..."));
        assertEquals("pi is 3.14, size 2.5 sections", Normalisation.ELAPSED_SECONDS.apply("pi is 3.14, size 2.5 sections"));
    }

    @Test
    void trailingFiguresAreMaskedOnlyAtTheEndOfALineAndOnlyWhereNamed() {
        assertEquals("Produced 3, buffer size: <n>\nConsumed 0, buffer size: <n>", Normalisation.TRAILING_FIGURES.apply(
                "Produced 3, buffer size: 4\nConsumed 0, buffer size: 3"));
        assertEquals("line 1: expected <size: 4> but was <size: 3>",
                Comparison.firstDifference("size: 4\n", "size: 3\n", Comparison.Order.LINES));
    }

    @Test
    void aSampleAgreesWhenTheShorterRunPrintedOnlyWhatTheLongerDid() {
        assertNull(Comparison.firstDifference("a 1\nb 1\na 2\n", "b 1\na 1\na 2\nb 2\n", Comparison.Order.SAMPLE));
        assertNull(Comparison.firstDifference("a 1\nb 1\na 2\nb 2\n", "a 1\nb 1\n", Comparison.Order.SAMPLE));
        assertEquals("unexpected line <c 1>", Comparison.firstDifference("a 1\nb 1\na 2\n", "a 1\nc 1\n",
                Comparison.Order.SAMPLE));
        assertEquals("missing line <c 1>", Comparison.firstDifference("a 1\nc 1\n", "a 1\nb 1\na 2\n",
                Comparison.Order.SAMPLE));
        assertNull(Comparison.firstDifference("a 1b 1\n\na 2\n", "a 1\nb 1\na 2\nb 2\n", Comparison.Order.SAMPLE),
                "a splice in the shorter run");
        assertNull(Comparison.firstDifference("a 1\nb 1\na 2\nb 2\n", "b 1\na 1b 2\n\n", Comparison.Order.SAMPLE),
                "a splice in the shorter run, of lines the longer has");
        assertNull(Comparison.firstDifference("a 1b 2\n\na 2\nb 1\nc 1\n", "a 1\nb 1\n", Comparison.Order.SAMPLE),
                "a splice in the longer run");
        assertEquals("unexpected line <a 1>", Comparison.firstDifference("a 10\nb 1\nc 1\n", "a 1\nb 1\n",
                Comparison.Order.SAMPLE), "no spare line break: not a splice");
        assertNull(Comparison.firstDifference("a 1c 1b 1\n\n\na 2\n", "a 1\nb 1\nc 1\na 2\nb 2\n",
                Comparison.Order.SAMPLE), "three lines spliced, two spare line breaks");
        assertNull(Comparison.firstDifference("a 1\nb 1c 1a 2\n\n\nb 2\nc 2\n", "c 1\nb 1\na 1\na 2\n",
                Comparison.Order.SAMPLE), "the shorter run's lines all pieces of one splice in the longer");
        assertNull(Comparison.firstDifference("c 1a 1b 1\n\n\nb 10\nc 10\na 10\nd 1\n", "a 1\nb 10\nb 1\nc 1\n",
                Comparison.Order.SAMPLE), "a piece from the middle of a splice, not the longer line it starts");
        assertEquals("missing line <>", Comparison.firstDifference("a 1b 1\n\n\n", "a 1\nb 1\nc 1\nd 1\n",
                Comparison.Order.SAMPLE), "more empty lines than the splices account for");
    }

    @Test
    void outputsCompareInOrderOrAsAMultiset() {
        assertNull(Comparison.firstDifference("a\nb\n", "a\nb\n", Comparison.Order.LINES));
        assertEquals("line 2: expected <b> but was <c>", Comparison.firstDifference("a\nb\n", "a\nc\n", Comparison.Order.LINES));
        assertEquals("line 3: expected <c> but output ended", Comparison.firstDifference("a\nb\nc\n", "a\nb\n",
                Comparison.Order.LINES));
        assertNull(Comparison.firstDifference("a\nb\nb\n", "b\na\nb\n", Comparison.Order.MULTISET));
        assertEquals("missing line <b>", Comparison.firstDifference("a\nb\nb\n", "b\na\n", Comparison.Order.MULTISET));
        assertNull(Comparison.firstDifference("at 10:00:00\n", "at 12:30:00\n", Comparison.Order.LINES));
        assertNull(Comparison.firstDifference("t1 arrivedt2 arrived\n\ndone\n", "t2 arrived\nt1 arrived\ndone\n",
                Comparison.Order.MULTISET), "lines printed at the same moment, spliced");
        assertEquals("missing line <t2 arrived>", Comparison.firstDifference("t1 arrived\nt2 arrived\n", "t1 arrived\n",
                Comparison.Order.MULTISET));
    }
}
