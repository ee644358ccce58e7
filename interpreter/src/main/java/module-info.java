/** The Skein Truffle language: AST, scope analysis, nodes, object model, builtins, launcher. */
module skein.interpreter {
    requires skein.grammar;
    requires org.graalvm.truffle;
    requires org.graalvm.polyglot;

    exports skein.interpreter;
    exports skein.interpreter.ast;
    exports skein.interpreter.builtins;
    exports skein.interpreter.builtins.types;
    exports skein.interpreter.modules;
    exports skein.interpreter.objects;
    exports skein.interpreter.objects.generators;
    exports skein.interpreter.objects.iterators;
    exports skein.interpreter.runtime;
    exports skein.interpreter.parser;
    exports skein.interpreter.runtime.clock;
    exports skein.interpreter.runtime.codecs;
    exports skein.interpreter.runtime.exception;
    exports skein.interpreter.runtime.format;
    exports skein.interpreter.runtime.io;
    exports skein.interpreter.runtime.text;
    exports skein.interpreter.runtime.threads;
    exports skein.launcher;

    uses skein.interpreter.modules.NativeModule;

    provides com.oracle.truffle.api.provider.TruffleLanguageProvider
            with skein.interpreter.SkeinLanguageProvider;
}
