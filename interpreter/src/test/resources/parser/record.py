#!/usr/bin/env python3
"""Records what CPython 3.11 makes of the parser test corpus; the Java tests compare against it.

    python3 record.py          # run from anywhere; rewrites the recordings next to this file

ok/NAME.py      ->  ok/NAME.dump   ast.dump(ast.parse(source))
                    ok/NAME.attrs  the same with include_attributes=True, columns converted from
                                   UTF-8 bytes (CPython) to characters (Skein's Pos)
bad/NAME.py     ->  bad/NAME.expected   the exception compile(source, NAME, 'exec') raises:
                                        type, msg, lineno, offset, whether the Java test
                                        compares the offset (see OFFSET_NOT_COMPARED), and
                                        whether ast.parse accepts the source
decoder/cases.py -> decoder/NAME.bin and decoder/NAME.expected: when running the bytes as a
                    script fails, the last line of the error and the line number it names;
                    otherwise 'ok', and the decoded source in decoder/NAME.decoded
eval/cases.py   -> eval/NAME.src and eval/NAME.expected: as eval() compiles the source, the
                   ast.dump of the expression (without, then with positions) or the SyntaxError
"""
import ast
import io
import os
import subprocess
import sys
import tokenize

HERE = os.path.dirname(os.path.abspath(__file__))

# Files whose error offset Skein does not reproduce, with the reason. The Java test still
# compares the type, the message and the line.
OFFSET_NOT_COMPARED = {
}


def char_columns(tree, source):
    """Rewrites col_offset/end_col_offset from UTF-8 byte offsets to character offsets."""
    lines = source.split('\n')

    def to_chars(lineno, col):
        if lineno is None or col is None or lineno < 1 or lineno > len(lines):
            return col
        return len(lines[lineno - 1].encode('utf-8')[:col].decode('utf-8', errors='replace'))

    for node in ast.walk(tree):
        if hasattr(node, 'col_offset') and node.col_offset is not None:
            node.col_offset = to_chars(node.lineno, node.col_offset)
        if getattr(node, 'end_col_offset', None) is not None:
            node.end_col_offset = to_chars(node.end_lineno, node.end_col_offset)
    return tree


def write(path, text):
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)


def record_ok():
    folder = os.path.join(HERE, 'ok')
    for name in sorted(os.listdir(folder)):
        if not name.endswith('.py'):
            continue
        with open(os.path.join(folder, name), encoding='utf-8', newline='') as f:
            source = f.read()
        compile(source, name, 'exec')  # the corpus must also pass CPython's compiler checks
        base = os.path.join(folder, name[:-3])
        write(base + '.dump', ast.dump(ast.parse(source)) + '\n')
        normalized = source.replace('\r\n', '\n').replace('\r', '\n')
        tree = char_columns(ast.parse(source), normalized)
        write(base + '.attrs', ast.dump(tree, include_attributes=True) + '\n')


def ast_parse(source):
    """Whether ast.parse, which stops before the compiler's checks, accepts the source."""
    try:
        ast.parse(source)
        return 'ok'
    except SyntaxError:
        return 'error'


def record_bad():
    folder = os.path.join(HERE, 'bad')
    for name in sorted(os.listdir(folder)):
        if not name.endswith('.py'):
            continue
        with open(os.path.join(folder, name), encoding='utf-8', newline='') as f:
            source = f.read()
        try:
            compile(source, name, 'exec')
            raise SystemExit(f'bad/{name} compiles without error')
        except SyntaxError as e:
            compared = 'offset not compared: ' + OFFSET_NOT_COMPARED[name] if name in OFFSET_NOT_COMPARED \
                else 'offset compared'
            lines = [type(e).__name__, e.msg, str(e.lineno), str(e.offset), compared, 'ast.parse: ' + ast_parse(source)]
        write(os.path.join(folder, name[:-3] + '.expected'), '\n'.join(lines) + '\n')


def record_decoder():
    folder = os.path.join(HERE, 'decoder')
    if not os.path.isdir(folder):
        return
    namespace = {}
    with open(os.path.join(folder, 'cases.py'), encoding='utf-8') as f:
        exec(f.read(), namespace)
    for name, data in namespace['CASES'].items():
        file_name = name + '.bin'
        with open(os.path.join(folder, file_name), 'wb') as f:
            f.write(data)
        # Run as a script, from its folder, so the message names the file as the test does.
        run = subprocess.run([sys.executable, file_name], cwd=folder, capture_output=True, text=True,
                             errors='backslashreplace')
        if run.returncode == 0:
            result = ['ok']
            try:
                encoding = tokenize.detect_encoding(io.BytesIO(data).readline)[0]
            except SyntaxError:
                encoding = 'utf-8-sig'  # tokenize refuses bad bytes in a first-line comment
            # Bad bytes in comments, which the interpreter never decodes, become U+FFFD.
            decoded = data.decode(encoding, errors='replace').replace('\r\n', '\n').replace('\r', '\n')
            write(os.path.join(folder, name + '.decoded'), decoded)
        else:
            err = run.stderr.strip().splitlines()
            line = next((l.split('line ')[1].split(',')[0] for l in err if l.strip().startswith('File ')), '0')
            # CPython names the script by its absolute path; the test passes the bare file name.
            result = ['error', err[-1].replace(folder + os.sep, ''), line]
        write(os.path.join(folder, name + '.expected'), '\n'.join(result) + '\n')


def record_eval():
    folder = os.path.join(HERE, 'eval')
    namespace = {}
    with open(os.path.join(folder, 'cases.py'), encoding='utf-8') as f:
        exec(f.read(), namespace)
    for name, source in namespace['CASES'].items():
        write(os.path.join(folder, name + '.src'), source)
        stripped = source.lstrip(' \t')  # as eval() does
        try:
            tree = ast.parse(stripped, mode='eval')
            compile(stripped, name, 'eval')
            result = ['ok', ast.dump(tree), ast.dump(char_columns(tree, stripped), include_attributes=True)]
        except SyntaxError as e:
            result = ['error', type(e).__name__, e.msg, str(e.lineno), str(e.offset)]
        write(os.path.join(folder, name + '.expected'), '\n'.join(result) + '\n')


if __name__ == '__main__':
    record_ok()
    record_bad()
    record_decoder()
    record_eval()
