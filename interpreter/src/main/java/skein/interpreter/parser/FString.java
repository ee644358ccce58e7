package skein.interpreter.parser;

import java.util.ArrayList;
import java.util.List;

import skein.interpreter.ast.Expr;
import skein.interpreter.ast.Pos;

/**
 * Splits f-strings into literal text and replacement fields, the way CPython 3.11 does: the
 * lexer hands over each f-string as one token, and here its text is scanned for {@code {field}},
 * {@code {{}, {@code }}}, conversions ({@code !r}), format specs (which may hold fields one
 * level deep) and the {@code =} form. Each field's expression is parsed by the caller.
 *
 * <p>One instance collects the pieces of an implicitly concatenated string, merging adjacent
 * literal text as CPython does.
 */
final class FString {

    /** Parses one field's expression; {@code braceIndex} is where its '{' is in the token text. */
    interface FieldParser {
        Expr parse(String expression, int braceIndex);
    }

    /** Builds an error located where CPython reports f-string errors. */
    interface Errors {
        PythonSyntaxError error(String message);
    }

    private static final int MAX_NESTED_BRACKETS = 200;

    private final Errors errors;
    private final Pos pos;
    private final List<Expr> values = new ArrayList<>();
    private final StringBuilder pendingText = new StringBuilder();

    FString(Errors errors, Pos pos) {
        this.errors = errors;
        this.pos = pos;
    }

    /** Adds the value of a plain (not f-) string of the concatenation. */
    void addLiteral(String text) {
        pendingText.append(text);
    }

    /**
     * Adds an f-string token of the concatenation. Format specs take the position of their own
     * token ({@code tokenPos}), everything else that of the whole concatenation, as in CPython.
     */
    void addFString(String tokenText, StringLiteral literal, Pos tokenPos, FieldParser fields) {
        Scanner scanner = new Scanner(tokenText, literal, tokenPos, fields);
        List<Expr> parts = new ArrayList<>();
        scanner.parse(0, parts, pendingText);
        values.addAll(parts);
    }

    /** The JoinedStr of everything added. */
    Expr.JoinedStr build() {
        flushText(values, pendingText, pos);
        return new Expr.JoinedStr(pos, List.copyOf(values));
    }

    private static void flushText(List<Expr> out, StringBuilder text, Pos pos) {
        if (!text.isEmpty()) {
            out.add(new Expr.Constant(pos, text.toString()));
            text.setLength(0);
        }
    }

    /** Walks the body of one f-string token. */
    private final class Scanner {
        private final String token;
        private final FieldParser fields;
        private final Pos tokenPos;
        private final boolean raw;
        private final int end;
        private int at;

        Scanner(String token, StringLiteral literal, Pos tokenPos, FieldParser fields) {
            this.token = token;
            this.fields = fields;
            this.tokenPos = tokenPos;
            this.raw = literal.raw;
            this.at = literal.bodyStart;
            this.end = literal.bodyStart + literal.body.length();
        }

        /**
         * Reads literal text and fields until the end of the body (level 0) or the '}' that ends
         * a format spec (level 1), appending to {@code out}; {@code text} holds literal text not
         * yet turned into a Constant.
         */
        void parse(int level, List<Expr> out, StringBuilder text) {
            while (true) {
                boolean doubledBrace = literal(level, text);
                if (doubledBrace) {
                    continue;
                }
                if (at >= end || token.charAt(at) == '}') {
                    break;
                }
                field(level, out, text);
            }
            if (level > 0 && (at >= end || token.charAt(at) != '}')) {
                throw errors.error("f-string: expecting '}'");
            }
        }

        /**
         * Literal text up to a '{' or '}' (or the end); returns true after a doubled brace at
         * level 0, whose first brace is kept as text.
         */
        private boolean literal(int level, StringBuilder text) {
            int start = at;
            boolean doubled = false;
            while (at < end) {
                char ch = token.charAt(at++);
                if (!raw && ch == '\\' && at < end) {
                    ch = token.charAt(at++);
                    if (ch == 'N') {
                        // Skip "\N{name}": its braces are not a field.
                        if (at < end && token.charAt(at++) == '{') {
                            while (at < end && token.charAt(at++) != '}') {
                                // skip the name
                            }
                        }
                        continue;
                    }
                }
                if (ch == '{' || ch == '}') {
                    if (level == 0) {
                        if (at < end && token.charAt(at) == ch) {
                            appendDecoded(text, token.substring(start, at));
                            at++;
                            doubled = true;
                            return doubled;
                        }
                        if (ch == '}') {
                            throw errors.error("f-string: single '}' is not allowed");
                        }
                    }
                    at--;
                    break;
                }
            }
            appendDecoded(text, token.substring(start, at));
            return doubled;
        }

        private void appendDecoded(StringBuilder text, String piece) {
            if (piece.isEmpty()) {
                return;
            }
            try {
                text.append(StringLiteral.decodeStr(piece, raw));
            } catch (StringLiteral.EscapeError e) {
                throw errors.error(e.getMessage());
            }
        }

        /** A replacement field; {@code at} is on its '{'. */
        private void field(int level, List<Expr> out, StringBuilder text) {
            if (level >= 2) {
                throw errors.error("f-string: expressions nested too deeply");
            }
            int brace = at;
            at++;
            int exprStart = at;
            scanExpression();
            if (at >= end) {
                throw errors.error("f-string: expecting '}'");
            }
            String expression = token.substring(exprStart, at);
            if (isBlankForParser(expression)) {
                char stop = token.charAt(at);
                throw errors.error(stop == '!' || stop == ':' || stop == '='
                        ? "f-string: expression required before '" + stop + "'"
                        : "f-string: empty expression not allowed");
            }
            Expr value = fields.parse(expression, brace);

            String selfDocumenting = null;
            if (token.charAt(at) == '=') {
                at++;
                while (at < end && isAsciiSpace(token.charAt(at))) {
                    at++;
                }
                if (at >= end) {
                    throw errors.error("f-string: expecting '}'");
                }
                selfDocumenting = token.substring(exprStart, at);
            }
            int conversion = -1;
            if (token.charAt(at) == '!') {
                at++;
                if (at >= end) {
                    throw errors.error("f-string: expecting '}'");
                }
                conversion = token.charAt(at++);
                if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                    throw errors.error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
                }
            }
            Expr formatSpec = null;
            if (at < end && token.charAt(at) == ':') {
                at++;
                if (at >= end) {
                    throw errors.error("f-string: expecting '}'");
                }
                List<Expr> specParts = new ArrayList<>();
                StringBuilder specText = new StringBuilder();
                parse(level + 1, specParts, specText);
                flushText(specParts, specText, tokenPos);
                formatSpec = new Expr.JoinedStr(tokenPos, List.copyOf(specParts));
            }
            if (at >= end || token.charAt(at) != '}') {
                throw errors.error("f-string: expecting '}'");
            }
            at++;
            if (selfDocumenting != null) {
                text.append(selfDocumenting);
                if (formatSpec == null && conversion == -1) {
                    conversion = 'r';
                }
            }
            flushText(out, text, level == 0 ? pos : tokenPos);
            out.add(new Expr.FormattedValue(pos, value, conversion, formatSpec));
        }

        /**
         * Moves {@code at} to the '!', ':', '=' or '}' that ends the expression of a field,
         * stepping over strings and brackets inside it.
         */
        private void scanExpression() {
            char quote = 0;
            boolean tripleQuoted = false;
            char[] brackets = new char[MAX_NESTED_BRACKETS];
            int depth = 0;
            for (; at < end; at++) {
                char ch = token.charAt(at);
                if (ch == '\\') {
                    throw errors.error("f-string expression part cannot include a backslash");
                }
                if (quote != 0) {
                    if (ch == quote) {
                        if (!tripleQuoted) {
                            quote = 0;
                        } else if (at + 2 < end && token.charAt(at + 1) == ch && token.charAt(at + 2) == ch) {
                            at += 2;
                            quote = 0;
                        }
                    }
                    continue;
                }
                switch (ch) {
                    case '\'', '"' -> {
                        tripleQuoted = at + 2 < end && token.charAt(at + 1) == ch && token.charAt(at + 2) == ch;
                        if (tripleQuoted) {
                            at += 2;
                        }
                        quote = ch;
                    }
                    case '[', '{', '(' -> {
                        if (depth >= MAX_NESTED_BRACKETS) {
                            throw errors.error("f-string: too many nested parenthesis");
                        }
                        brackets[depth++] = ch;
                    }
                    case '#' -> throw errors.error("f-string expression part cannot include '#'");
                    case ']', '}', ')' -> {
                        if (depth == 0) {
                            if (ch == '}') {
                                return;
                            }
                            throw errors.error("f-string: unmatched '" + ch + "'");
                        }
                        char opening = brackets[--depth];
                        if (opening != matchingOpen(ch)) {
                            throw errors.error("f-string: closing parenthesis '" + ch
                                    + "' does not match opening parenthesis '" + opening + "'");
                        }
                    }
                    case '!', ':', '=', '<', '>' -> {
                        if (depth > 0) {
                            continue;
                        }
                        char next = at + 1 < end ? token.charAt(at + 1) : 0;
                        if (next == '=' && ch != ':') {
                            at++;  // "!=", "==", "<=", ">=" belong to the expression
                            continue;
                        }
                        if (ch == '<' || ch == '>') {
                            continue;
                        }
                        return;
                    }
                    default -> { }
                }
            }
            if (quote != 0) {
                throw errors.error("f-string: unterminated string");
            }
            if (depth > 0) {
                throw errors.error("f-string: unmatched '" + brackets[depth - 1] + "'");
            }
        }
    }

    private static char matchingOpen(char close) {
        return switch (close) {
            case ')' -> '(';
            case ']' -> '[';
            default -> '{';
        };
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b';
    }

    /** Only the whitespace the Python tokenizer skips. */
    private static boolean isBlankForParser(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\f') {
                return false;
            }
        }
        return true;
    }
}
