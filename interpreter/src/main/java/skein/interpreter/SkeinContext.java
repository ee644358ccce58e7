package skein.interpreter;

import com.oracle.truffle.api.TruffleLanguage;

/** The state of one Python process: its modules, its sys, its threads. */
public final class SkeinContext {

    private final SkeinLanguage language;
    private final TruffleLanguage.Env env;

    SkeinContext(SkeinLanguage language, TruffleLanguage.Env env) {
        this.language = language;
        this.env = env;
    }

    public SkeinLanguage language() {
        return language;
    }

    public TruffleLanguage.Env env() {
        return env;
    }
}
