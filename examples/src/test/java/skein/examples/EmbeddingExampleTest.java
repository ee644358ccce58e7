package skein.examples;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The embedding example does what its documentation says: printed output, then the computed value. */
class EmbeddingExampleTest {

    @Test
    void printsAndReturns() {
        assertEquals("1 1\n2 3\n3 6\nresult " + (5050 + 20100), EmbeddingExample.run());
    }
}
