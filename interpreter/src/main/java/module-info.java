/** The Skein Truffle language: AST, scope analysis, nodes, object model, builtins, launcher. */
module skein.interpreter {
    requires skein.grammar;
    requires org.graalvm.truffle;
    requires org.graalvm.polyglot;

    exports skein.interpreter;
    exports skein.interpreter.ast;
    exports skein.interpreter.runtime.exception;
    exports skein.interpreter.runtime.format;

    provides com.oracle.truffle.api.provider.TruffleLanguageProvider
            with skein.interpreter.SkeinLanguageProvider;
}
