package skein.interpreter.translator;

import skein.interpreter.ast.Expr;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.nodes.operators.AddNodeGen;
import skein.interpreter.nodes.operators.BinaryNode;
import skein.interpreter.nodes.operators.BitAndNodeGen;
import skein.interpreter.nodes.operators.BitOrNodeGen;
import skein.interpreter.nodes.operators.BitXorNodeGen;
import skein.interpreter.nodes.operators.EqNodeGen;
import skein.interpreter.nodes.operators.FloorDivNodeGen;
import skein.interpreter.nodes.operators.GeNodeGen;
import skein.interpreter.nodes.operators.GtNodeGen;
import skein.interpreter.nodes.operators.InNodeGen;
import skein.interpreter.nodes.operators.IsNodeGen;
import skein.interpreter.nodes.operators.IsNotNodeGen;
import skein.interpreter.nodes.operators.LShiftNodeGen;
import skein.interpreter.nodes.operators.LeNodeGen;
import skein.interpreter.nodes.operators.LtNodeGen;
import skein.interpreter.nodes.operators.MatMulNodeGen;
import skein.interpreter.nodes.operators.ModNodeGen;
import skein.interpreter.nodes.operators.MulNodeGen;
import skein.interpreter.nodes.operators.NeNodeGen;
import skein.interpreter.nodes.operators.PowNodeGen;
import skein.interpreter.nodes.operators.RShiftNodeGen;
import skein.interpreter.nodes.operators.SubNodeGen;
import skein.interpreter.nodes.operators.TrueDivNodeGen;
import skein.interpreter.runtime.BinaryOp;

/** The node for each binary and comparison operator of the AST. */
final class Operations {

    private Operations() {
    }

    static BinaryNode binary(Expr.Operator op, ExpressionNode left, ExpressionNode right) {
        return switch (op) {
            case ADD -> AddNodeGen.create(left, right);
            case SUB -> SubNodeGen.create(left, right);
            case MULT -> MulNodeGen.create(left, right);
            case MATMULT -> MatMulNodeGen.create(left, right);
            case DIV -> TrueDivNodeGen.create(left, right);
            case MOD -> ModNodeGen.create(left, right);
            case POW -> PowNodeGen.create(left, right);
            case LSHIFT -> LShiftNodeGen.create(left, right);
            case RSHIFT -> RShiftNodeGen.create(left, right);
            case BITOR -> BitOrNodeGen.create(left, right);
            case BITXOR -> BitXorNodeGen.create(left, right);
            case BITAND -> BitAndNodeGen.create(left, right);
            case FLOORDIV -> FloorDivNodeGen.create(left, right);
        };
    }

    static BinaryOp binaryOp(Expr.Operator op) {
        return switch (op) {
            case ADD -> BinaryOp.ADD;
            case SUB -> BinaryOp.SUB;
            case MULT -> BinaryOp.MUL;
            case MATMULT -> BinaryOp.MATMUL;
            case DIV -> BinaryOp.TRUEDIV;
            case MOD -> BinaryOp.MOD;
            case POW -> BinaryOp.POW;
            case LSHIFT -> BinaryOp.LSHIFT;
            case RSHIFT -> BinaryOp.RSHIFT;
            case BITOR -> BinaryOp.OR;
            case BITXOR -> BinaryOp.XOR;
            case BITAND -> BinaryOp.AND;
            case FLOORDIV -> BinaryOp.FLOORDIV;
        };
    }

    static BinaryNode compare(Expr.CmpOp op, ExpressionNode left, ExpressionNode right) {
        return switch (op) {
            case EQ -> EqNodeGen.create(left, right);
            case NOT_EQ -> NeNodeGen.create(left, right);
            case LT -> LtNodeGen.create(left, right);
            case LT_E -> LeNodeGen.create(left, right);
            case GT -> GtNodeGen.create(left, right);
            case GT_E -> GeNodeGen.create(left, right);
            case IS -> IsNodeGen.create(left, right);
            case IS_NOT -> IsNotNodeGen.create(left, right);
            case IN -> InNodeGen.create(false, left, right);
            case NOT_IN -> InNodeGen.create(true, left, right);
        };
    }
}
