package skein.stdlib.string;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.modules.NativeModule;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.stdlib.BundledSource;

/**
 * The {@code string} module: the character-class constants, {@code capwords}, and
 * {@code Template} in Java; {@code Formatter} in Python ({@code string.py}) over the
 * format-string parser here (CPython's {@code _string} functions, kept private).
 */
public final class StringModule implements NativeModule {

    private static final String PYTHON_PART = BundledSource.read(StringModule.class, "string.py");

    private static final String LOWERCASE = "abcdefghijklmnopqrstuvwxyz";
    private static final String UPPERCASE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String DIGITS = "0123456789";
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final String WHITESPACE = " \t\n\r\u000b\f";
    private static final String DEFAULT_IDPATTERN = "(?a:[_a-z][_a-z0-9]*)";

    @Override
    public String name() {
        return "string";
    }

    @Override
    public void define(ModuleBuilder m) {
        BuiltinTypes t = m.types();
        m.constant("ascii_lowercase", LOWERCASE);
        m.constant("ascii_uppercase", UPPERCASE);
        m.constant("ascii_letters", LOWERCASE + UPPERCASE);
        m.constant("digits", DIGITS);
        m.constant("hexdigits", DIGITS + "abcdef" + "ABCDEF");
        m.constant("octdigits", "01234567");
        m.constant("punctuation", PUNCTUATION);
        m.constant("whitespace", WHITESPACE);
        m.constant("printable", DIGITS + LOWERCASE + UPPERCASE + PUNCTUATION + WHITESPACE);
        m.function("capwords(s, sep=None)", a -> CapWords.capwords(a[0], a[1]));
        defineTemplate(m, t);
        m.function("_formatter_parser(format_string, /)", a ->
                new PList(t.listType, FormatParser.parse(text(a[0]), t.tupleType).toArray()));
        m.function("_formatter_field_name_split(field_name, /)", a -> {
            Object[] split = FormatParser.splitFieldName(text(a[0]), t.tupleType);
            return new PTuple(t.tupleType, new Object[]{split[0], new PList(t.listType, (Object[]) split[1])});
        });
    }

    @Override
    public String pythonSource() {
        return PYTHON_PART;
    }

    private static void defineTemplate(ModuleBuilder m, BuiltinTypes t) {
        BuiltinDefiner d = m.definer();
        PythonClass patternType = m.type("_TemplatePattern", null, false);
        d.getter(patternType, "pattern", self -> ((TemplatePattern) self).source());
        d.getter(patternType, "flags", self -> ((TemplatePattern) self).flags());

        PythonClass template = m.type("Template", PythonObject::new, true);
        d.constant(template, "__doc__", "A string with $-placeholders, filled in by substitute() and safe_substitute().");
        d.constant(template, "delimiter", "$");
        d.constant(template, "idpattern", DEFAULT_IDPATTERN);
        d.constant(template, "braceidpattern", PNone.NONE);
        d.constant(template, "flags", TemplatePattern.IGNORECASE);
        d.constant(template, "pattern", TemplatePattern.standard(patternType, "$", DEFAULT_IDPATTERN));
        d.classMethod(template, "__init_subclass__(cls, /, **kwargs)", a -> {
            PythonClass cls = (PythonClass) a[0];
            cls.setAttribute("pattern", TemplatePattern.forClass(cls, patternType));
            return PNone.NONE;
        });
        d.method(template, "__init__(self, template)", a -> {
            ((PythonObject) a[0]).getOrCreateDict().setItem("template", a[1]);
            return PNone.NONE;
        });
        d.method(template, "substitute(self, mapping=?, /, **kws)", a ->
                Templates.substitute(a[0], a[1], (PDict) a[2], false));
        d.method(template, "safe_substitute(self, mapping=?, /, **kws)", a ->
                Templates.substitute(a[0], a[1], (PDict) a[2], true));
        d.method(template, "get_identifiers(self, /)", a -> Templates.identifiers(a[0]));
        d.method(template, "is_valid(self, /)", a -> Templates.isValid(a[0]));
    }

    private static String text(Object value) {
        if (!(value instanceof String s)) {
            throw PythonErrors.typeError("expected str, got " + TypeOf.name(value));
        }
        return s;
    }
}
