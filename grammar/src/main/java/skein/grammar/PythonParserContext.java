package skein.grammar;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The base of every parse-tree node. Most nodes of an expression have one or two children;
 * ANTLR's default child list reserves ten, and building those arrays was the single largest
 * cost of parsing. The accessors that collect children of one kind size their lists exactly.
 */
public class PythonParserContext extends ParserRuleContext {

    public PythonParserContext() {
    }

    public PythonParserContext(ParserRuleContext parent, int invokingStateNumber) {
        super(parent, invokingStateNumber);
    }

    @Override
    public <T extends ParseTree> T addAnyChild(T t) {
        if (children == null) {
            children = new ArrayList<>(2);
        }
        children.add(t);
        return t;
    }

    @Override
    public <T extends ParserRuleContext> List<T> getRuleContexts(Class<? extends T> ctxType) {
        if (children == null) {
            return List.of();
        }
        List<T> contexts = null;
        for (ParseTree child : children) {
            if (ctxType.isInstance(child)) {
                if (contexts == null) {
                    contexts = new ArrayList<>(children.size());
                }
                contexts.add(ctxType.cast(child));
            }
        }
        return contexts == null ? List.of() : contexts;
    }

    @Override
    public List<TerminalNode> getTokens(int ttype) {
        if (children == null) {
            return List.of();
        }
        List<TerminalNode> tokens = null;
        for (ParseTree child : children) {
            if (child instanceof TerminalNode node && node.getSymbol().getType() == ttype) {
                if (tokens == null) {
                    tokens = new ArrayList<>(children.size());
                }
                tokens.add(node);
            }
        }
        return tokens == null ? List.of() : tokens;
    }
}
