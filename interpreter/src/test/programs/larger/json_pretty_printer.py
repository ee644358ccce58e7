# A JSON-like serializer, pretty-printer and parser written in plain Python: escapes,
# nesting, sorted keys, indentation, round trips and error positions.


class JSONError(Exception):
    pass


def escape(s):
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == '\\':
            out.append('\\\\')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\t':
            out.append('\\t')
        elif ord(ch) < 0x20:
            out.append(f'\\u{ord(ch):04x}')
        elif ord(ch) > 0xFFFF:
            v = ord(ch) - 0x10000
            out.append(f'\\u{0xD800 + (v >> 10):04x}\\u{0xDC00 + (v & 0x3FF):04x}')
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def dumps(value, indent=None, sort_keys=False, level=0):
    if value is None:
        return 'null'
    if value is True:
        return 'true'
    if value is False:
        return 'false'
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float('inf'), float('-inf')):
            raise JSONError(f'cannot serialize {value!r}')
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    pad = '' if indent is None else '\n' + ' ' * (indent * (level + 1))
    end = '' if indent is None else '\n' + ' ' * (indent * level)
    sep = ', ' if indent is None else ','
    if isinstance(value, (list, tuple)):
        if not value:
            return '[]'
        items = [pad + dumps(v, indent, sort_keys, level + 1) for v in value]
        return '[' + sep.join(items) + end + ']'
    if isinstance(value, dict):
        if not value:
            return '{}'
        keys = sorted(value) if sort_keys else list(value)
        items = []
        for k in keys:
            if not isinstance(k, str):
                raise JSONError(f'keys must be strings, not {type(k).__name__}')
            items.append(pad + escape(k) + ': ' + dumps(value[k], indent, sort_keys, level + 1))
        return '{' + sep.join(items) + end + '}'
    raise JSONError(f'{type(value).__name__} is not serializable')


class Parser:
    def __init__(self, text):
        self.text, self.i = text, 0

    def fail(self, message):
        line = self.text.count('\n', 0, self.i) + 1
        col = self.i - (self.text.rfind('\n', 0, self.i) + 1) + 1
        raise JSONError(f'{message} at line {line} column {col}')

    def ws(self):
        while self.i < len(self.text) and self.text[self.i] in ' \t\n\r':
            self.i += 1

    def parse(self):
        self.ws()
        v = self.value()
        self.ws()
        if self.i != len(self.text):
            self.fail('extra data')
        return v

    def value(self):
        self.ws()
        if self.i >= len(self.text):
            self.fail('unexpected end of input')
        ch = self.text[self.i]
        if ch == '{':
            return self.obj()
        if ch == '[':
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (('true', True), ('false', False), ('null', None)):
            if self.text.startswith(word, self.i):
                self.i += len(word)
                return val
        if ch == '-' or ch.isdigit():
            return self.number()
        self.fail(f'unexpected character {ch!r}')

    def obj(self):
        self.i += 1
        result = {}
        self.ws()
        if self.text[self.i:self.i + 1] == '}':
            self.i += 1
            return result
        while True:
            self.ws()
            if self.text[self.i:self.i + 1] != '"':
                self.fail('expected string key')
            key = self.string()
            self.ws()
            if self.text[self.i:self.i + 1] != ':':
                self.fail("expected ':'")
            self.i += 1
            result[key] = self.value()
            self.ws()
            ch = self.text[self.i:self.i + 1]
            self.i += 1
            if ch == '}':
                return result
            if ch != ',':
                self.i -= 1
                self.fail("expected ',' or '}'")

    def arr(self):
        self.i += 1
        result = []
        self.ws()
        if self.text[self.i:self.i + 1] == ']':
            self.i += 1
            return result
        while True:
            result.append(self.value())
            self.ws()
            ch = self.text[self.i:self.i + 1]
            self.i += 1
            if ch == ']':
                return result
            if ch != ',':
                self.i -= 1
                self.fail("expected ',' or ']'")

    def string(self):
        self.i += 1
        out = []
        while True:
            if self.i >= len(self.text):
                self.fail('unterminated string')
            ch = self.text[self.i]
            if ch == '"':
                self.i += 1
                break
            if ch == '\\':
                esc = self.text[self.i + 1]
                if esc == 'u':
                    code = int(self.text[self.i + 2:self.i + 6], 16)
                    self.i += 6
                    if 0xD800 <= code < 0xDC00 and self.text.startswith('\\u', self.i):
                        low = int(self.text[self.i + 2:self.i + 6], 16)
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        self.i += 6
                    out.append(chr(code))
                    continue
                out.append({'n': '\n', 't': '\t', '"': '"', '\\': '\\', '/': '/'}[esc])
                self.i += 2
                continue
            out.append(ch)
            self.i += 1
        return ''.join(out)

    def number(self):
        start = self.i
        if self.text[self.i] == '-':
            self.i += 1
        while self.i < len(self.text) and (self.text[self.i].isdigit() or self.text[self.i] in '.eE+-'):
            self.i += 1
        text = self.text[start:self.i]
        try:
            return float(text) if any([c in text for c in '.eE']) else int(text)
        except ValueError:
            self.i = start
            self.fail(f'bad number {text!r}')


doc = {
    'name': 'Skein',
    'version': [0, 1, 0],
    'stable': False,
    'license': None,
    'ratio': 0.1 + 0.2,
    'big': 2 ** 70,
    'tags': ['jvm', 'python', 'truffle'],
    'nested': {'empty_list': [], 'empty_obj': {}, 'deep': [[1, [2, [3]]], {'k': 'v'}]},
    'text': 'quote " backslash \\ newline \n tab \t bell \x07 é 🐍',
}
compact = dumps(doc)
print(compact)
print(dumps(doc, indent=2, sort_keys=True))
back = Parser(compact).parse()
print(back == doc, back['text'] == doc['text'], type(back['big']).__name__)
pretty_back = Parser(dumps(doc, indent=4)).parse()
print(pretty_back == doc)
print(Parser(' [1, -2.5e3, "\\u00e9\\ud83d\\ude00", {"a": [true, false, null]}] ').parse())
for bad_text in ['{"a": 1,}', '[1 2]', '{"a" 1}', '"open', '[1, 2', 'tru', '{"x": 1} extra', '{1: 2}', '-']:
    try:
        Parser(bad_text).parse()
        print('parsed?', bad_text)
    except JSONError as e:
        print(f'{bad_text!r:<18} JSONError: {e}')
for bad_value in [{1: 'int key'}, float('nan'), {'s': {1, 2}}]:
    try:
        dumps(bad_value)
    except JSONError as e:
        print('JSONError', e)
print(dumps([(1, 2), 'tuple becomes list'], indent=1))
