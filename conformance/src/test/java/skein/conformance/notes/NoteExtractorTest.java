package skein.conformance.notes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The extraction rule on small notes, one case per part of the rule. */
class NoteExtractorTest {

    private static List<NoteBlock> extract(String... lines) {
        return NoteExtractor.extract("007_note.txt", String.join("\n", lines) + "\n");
    }

    private static NoteBlock.Cell cell(NoteBlock block) {
        return (NoteBlock.Cell) block.origin();
    }

    @Test
    void fencedBlocksWithAndWithoutALanguageTag() {
        List<NoteBlock> blocks = extract("text", "```python", "print(1)", "```", "more", "```", "output", "```");
        assertEquals(List.of(
                new NoteBlock("007_note.txt", 3, "print(1)\n", new NoteBlock.Fence("python")),
                new NoteBlock("007_note.txt", 7, "output\n", new NoteBlock.Fence(""))), blocks);
        assertEquals("007-3", blocks.get(0).id());
    }

    @Test
    void anIndentedFenceLosesItsIndentationAndAnUnclosedFenceRunsToTheEnd() {
        List<NoteBlock> blocks = extract("- item", "\t```python", "\tfor x in y:", "\t    pass", "\t```", "```", "tail");
        assertEquals("for x in y:\n    pass\n", blocks.get(0).text());
        assertEquals("tail\n", blocks.get(1).text());
    }

    @Test
    void aFenceClosesOnlyWithAsManyBackticks() {
        List<NoteBlock> blocks = extract("````", "```", "inner", "````");
        assertEquals(List.of(new NoteBlock("007_note.txt", 2, "```\ninner\n", new NoteBlock.Fence(""))), blocks);
    }

    @Test
    void aCellsPrintedOutputFollowsItsCodeAndEndsWithTwoBlankLines() {
        List<NoteBlock> blocks = extract("In [3]:", "import time", "", "", "def f():", "    print('a b')", "",
                "    return 1", "", "f()", "", "a b", "", "a b", "", "", "Prose after the output.");
        assertEquals(1, blocks.size());
        NoteBlock block = blocks.get(0);
        assertEquals(2, block.line());
        assertEquals("import time\n\n\ndef f():\n    print('a b')\n\n    return 1\n\nf()\n", block.text());
        assertEquals(new NoteBlock.Cell(3, "a b\n\na b\n", 12), block.origin());
        assertEquals("007-12", block.outputId());
    }

    @Test
    void textAfterCodeThatNoTwoBlankLinesCloseIsProse() {
        List<NoteBlock> blocks = extract("In [1]:", "def f():", "    pass", "", "这是说明，不是输出：", "", "In [2]:", "f()");
        assertEquals(2, blocks.size());
        assertEquals("def f():\n    pass\n", blocks.get(0).text());
        assertEquals(new NoteBlock.Cell(1, "", 0), blocks.get(0).origin());
        assertEquals(8, blocks.get(1).line());
    }

    @Test
    void aParagraphOfLiteralValuesAfterTheCodeIsTheDisplayedValue() {
        List<NoteBlock> blocks = extract("In [41]:", "g = gen()", "", "next(g)", "", "0", "", "In [42]:", "next(g)", "", "1");
        assertEquals("g = gen()\n\nnext(g)\n", blocks.get(0).text());
        assertEquals(new NoteBlock.Cell(41, "0\n", 6), blocks.get(0).origin());
        assertEquals(new NoteBlock.Cell(42, "1\n", 11), blocks.get(1).origin());
    }

    @Test
    void aDisplayedValueMayFollowThePrintedOutput() {
        List<NoteBlock> blocks = extract("In [5]:", "with p:", "    f.result()", "", "t started", "", "", "42", "",
                "Prose.");
        assertEquals(new NoteBlock.Cell(5, "t started\n\n\n42\n", 5), blocks.get(0).origin());
    }

    @Test
    void printedOutputAtTheEndOfTheNoteNeedsNoBlankLines() {
        List<NoteBlock> blocks = extract("In [1]:", "print('done!')", "", "done!");
        assertEquals(new NoteBlock.Cell(1, "done!\n", 4), blocks.get(0).origin());
    }

    @Test
    void aFenceEndsACellsBody() {
        List<NoteBlock> blocks = extract("In [1]:", "x = 1", "", "```python", "x", "```");
        assertEquals("x = 1\n", blocks.get(0).text());
        assertEquals(0, cell(blocks.get(0)).outputLine());
        assertEquals(new NoteBlock("007_note.txt", 5, "x\n", new NoteBlock.Fence("python")), blocks.get(1));
    }

    @Test
    void blankLinesOfSpacesCountAsBlank() {
        List<NoteBlock> blocks = extract("In [1]:", "class C:", "    pass", "    ", "        ", "c = C()", "",
                "oops!", "", "");
        assertEquals("class C:\n    pass\n    \n        \nc = C()\n", blocks.get(0).text());
        assertEquals("oops!\n", cell(blocks.get(0)).output());
    }

    @Test
    void noteNumbersAreTheFileNamesLeadingDigits() {
        assertEquals("002", NoteBlock.noteNumber("002_03baf7cd4b23b35a.txt"));
        assertEquals("notes", NoteBlock.noteNumber("notes.md"));
    }
}
