package skein.conformance.notes;

import skein.interpreter.ast.Expr;
import skein.interpreter.ast.Module;
import skein.interpreter.ast.Stmt;
import skein.interpreter.parser.PythonSyntaxError;
import skein.interpreter.parser.SourceParser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds every fenced block and every notebook cell of a note, in order of their lines.
 *
 * <p><b>Fenced blocks.</b> A fence is a line of three or more backticks, indented by any spaces
 * or tabs, with an optional info string (whose first word is the language tag) on the opening
 * line. The block ends at the next line holding only backticks, at least as many as opened it,
 * or at the end of the note. The opening fence's indentation is removed from each content line
 * that starts with it, as Markdown does for a fence inside a list item.
 *
 * <p><b>Notebook cells.</b> A line {@code In [N]:} opens a cell; its body runs to the next
 * {@code In [N]:} line, the next opening fence or the end of the note. The body is read as
 * paragraphs, runs of non-blank lines (a line of only spaces or tabs is blank), and split so:
 * <ol>
 *   <li><b>Code</b> is the first paragraph and each paragraph after it, in order, for as long as
 *   the code up to the end of that paragraph still parses as Python, except a paragraph that is
 *   nothing but literal values ({@code 42}, {@code [3, 1, 2]}): no one writes those as code, so
 *   it is the value the notebook displayed. The first paragraph that does not join ends the code.</li>
 *   <li><b>Printed output</b> follows the code. The export these notes come from closes what a
 *   cell printed with two blank lines, so the printed output is the paragraphs after the code up
 *   to the first run of two or more blank lines (single blank lines inside it are part of it),
 *   or up to the end of the note. Text after the code that no such run closes before the body
 *   ends is the note's prose: the cell printed nothing.</li>
 *   <li><b>A displayed value</b> (the repr the notebook shows for an expression statement) is a
 *   paragraph of literal values; it is output when it comes straight after the code, or right
 *   after the printed output's closing blank lines.</li>
 * </ol>
 * "Parses as Python" is decided by Skein's own parser, which accepts what CPython 3.11's does.
 */
public final class NoteExtractor {

    private static final Pattern OPENING_FENCE = Pattern.compile("^([ \\t]*)(`{3,})([^`]*)$");
    private static final Pattern CLOSING_FENCE = Pattern.compile("^[ \\t]*(`{3,})[ \\t]*$");
    private static final Pattern CELL = Pattern.compile("^In \\[(\\d+)\\]:[ \\t]*$");
    private static final String PARSED_NAME = "<cell>";

    private final String note;
    private final List<String> lines;
    private final List<NoteBlock> blocks = new ArrayList<>();

    private NoteExtractor(String note, String text) {
        this.note = note;
        this.lines = text.lines().toList();
    }

    /** Every block of the note whose file name is {@code note} and whose content is {@code text}. */
    public static List<NoteBlock> extract(String note, String text) {
        NoteExtractor extractor = new NoteExtractor(note, text);
        extractor.scan();
        return List.copyOf(extractor.blocks);
    }

    /** Every block of every note in {@code folder}, note by note in file name order. */
    public static List<NoteBlock> extractFolder(Path folder) throws IOException {
        List<NoteBlock> all = new ArrayList<>();
        for (Path file : noteFiles(folder)) {
            String name = file.getFileName().toString();
            String text = Files.readString(file, StandardCharsets.UTF_8);
            all.addAll(name.endsWith(".py") ? List.of(new NoteBlock(name, 1, text, new NoteBlock.Fence("python")))
                    : extract(name, text));
        }
        return all;
    }

    /**
     * The notes of a folder, by name: its {@code .txt} and {@code .md} files but the README, and
     * its {@code .py} files, each of which is one program block starting at line 1.
     */
    public static List<Path> noteFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> {
                        String name = file.getFileName().toString();
                        return (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".py"))
                                && !name.equalsIgnoreCase("README.md");
                    })
                    .sorted()
                    .toList();
        }
    }

    private void scan() {
        int index = 0;
        while (index < lines.size()) {
            Matcher fence = OPENING_FENCE.matcher(lines.get(index));
            Matcher cell = CELL.matcher(lines.get(index));
            if (fence.matches()) {
                index = fencedBlock(index, fence.group(1), fence.group(2).length(), fence.group(3).strip());
            } else if (cell.matches()) {
                index = cell(index, Integer.parseInt(cell.group(1)));
            } else {
                index++;
            }
        }
    }

    /** Adds the block opened at {@code opening}; returns the index of the line after its closing fence. */
    private int fencedBlock(int opening, String indent, int backticks, String info) {
        int close = opening + 1;
        while (close < lines.size() && !closes(lines.get(close), backticks)) {
            close++;
        }
        StringBuilder text = new StringBuilder();
        for (int i = opening + 1; i < close; i++) {
            String line = lines.get(i);
            text.append(line.startsWith(indent) ? line.substring(indent.length()) : line).append('\n');
        }
        String language = info.isEmpty() ? "" : info.split("[ \\t]+", 2)[0];
        blocks.add(new NoteBlock(note, opening + 2, text.toString(), new NoteBlock.Fence(language)));
        return close + 1;
    }

    private static boolean closes(String line, int backticks) {
        Matcher closing = CLOSING_FENCE.matcher(line);
        return closing.matches() && closing.group(1).length() >= backticks;
    }

    /** Adds the cell whose {@code In [N]:} line is at {@code header}; returns the index where its body ends. */
    private int cell(int header, int number) {
        int end = header + 1;
        while (end < lines.size() && !CELL.matcher(lines.get(end)).matches()
                && !OPENING_FENCE.matcher(lines.get(end)).matches()) {
            end++;
        }
        List<Paragraph> paragraphs = paragraphs(header + 1, end);
        if (paragraphs.isEmpty()) {
            return end;
        }
        int codeParagraphs = codeParagraphs(paragraphs);
        Paragraph firstCode = paragraphs.get(0);
        Paragraph lastCode = paragraphs.get(codeParagraphs - 1);
        List<Paragraph> output = output(paragraphs.subList(codeParagraphs, paragraphs.size()));
        NoteBlock.Cell cell = output.isEmpty()
                ? new NoteBlock.Cell(number, "", 0)
                : new NoteBlock.Cell(number, text(output.get(0).first, output.get(output.size() - 1).last),
                        output.get(0).first + 1);
        blocks.add(new NoteBlock(note, firstCode.first + 1, text(firstCode.first, lastCode.last), cell));
        return end;
    }

    /**
     * A run of non-blank lines, by 0-based indexes, and how many blank lines follow it; a run
     * that reaches the end of the note is followed by {@link Integer#MAX_VALUE}, as the note's
     * end closes whatever is open.
     */
    private record Paragraph(int first, int last, int blankLinesAfter) {
    }

    private List<Paragraph> paragraphs(int from, int to) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int index = from;
        while (index < to) {
            if (isBlank(lines.get(index))) {
                index++;
                continue;
            }
            int first = index;
            while (index < to && !isBlank(lines.get(index))) {
                index++;
            }
            int last = index - 1;
            while (index < to && isBlank(lines.get(index))) {
                index++;
            }
            int blanks = index == lines.size() ? Integer.MAX_VALUE : index - last - 1;
            paragraphs.add(new Paragraph(first, last, blanks));
        }
        return paragraphs;
    }

    private static boolean isBlank(String line) {
        return line.chars().allMatch(c -> c == ' ' || c == '\t');
    }

    private int codeParagraphs(List<Paragraph> paragraphs) {
        int first = paragraphs.get(0).first;
        int count = 1;
        while (count < paragraphs.size()) {
            Paragraph next = paragraphs.get(count);
            if (isLiteralValues(text(next.first, next.last)) || parse(text(first, next.last)) == null) {
                break;
            }
            count++;
        }
        return count;
    }

    private List<Paragraph> output(List<Paragraph> afterCode) {
        if (afterCode.isEmpty()) {
            return List.of();
        }
        if (isLiteralValues(paragraphText(afterCode.get(0)))) {
            return afterCode.subList(0, 1);
        }
        for (int closing = 0; closing < afterCode.size(); closing++) {
            if (afterCode.get(closing).blankLinesAfter >= 2) {
                int end = closing + 1;
                if (end < afterCode.size() && isLiteralValues(paragraphText(afterCode.get(end)))) {
                    end++;
                }
                return afterCode.subList(0, end);
            }
        }
        return List.of();
    }

    private String paragraphText(Paragraph paragraph) {
        return text(paragraph.first, paragraph.last);
    }

    /** Lines {@code first} to {@code last}, 0-based and inclusive, each ending in a newline. */
    private String text(int first, int last) {
        StringBuilder text = new StringBuilder();
        for (int i = first; i <= last; i++) {
            text.append(lines.get(i)).append('\n');
        }
        return text.toString();
    }

    /** The module {@code source} parses to, or null when it is not Python. */
    private static Module parse(String source) {
        try {
            return SourceParser.parseAst(source, PARSED_NAME);
        } catch (PythonSyntaxError notPython) {
            return null;
        }
    }

    /** Whether {@code source} is Python made only of expression statements that are literal values. */
    private static boolean isLiteralValues(String source) {
        Module module = parse(source);
        return module != null && !module.body().isEmpty()
                && module.body().stream().allMatch(s -> s instanceof Stmt.ExprStmt e && isLiteral(e.value()));
    }

    private static boolean isLiteral(Expr expr) {
        return switch (expr) {
            case Expr.Constant constant -> true;
            case Expr.UnaryOp unary -> (unary.op() == Expr.UnaryOpKind.USUB || unary.op() == Expr.UnaryOpKind.UADD)
                    && unary.operand() instanceof Expr.Constant;
            case Expr.ListDisplay list -> list.elts().stream().allMatch(NoteExtractor::isLiteral);
            case Expr.TupleDisplay tuple -> tuple.elts().stream().allMatch(NoteExtractor::isLiteral);
            case Expr.SetDisplay set -> set.elts().stream().allMatch(NoteExtractor::isLiteral);
            case Expr.DictDisplay dict -> dict.keys().stream().allMatch(key -> key != null && isLiteral(key))
                    && dict.values().stream().allMatch(NoteExtractor::isLiteral);
            default -> false;
        };
    }
}
