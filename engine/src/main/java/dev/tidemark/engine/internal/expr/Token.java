package dev.tidemark.engine.internal.expr;

/**
 * One lexical token of an expression.
 *
 * @param type the token class
 * @param text the token text as written
 * @param start offset of the first character in the expression
 * @param end offset after the last character
 */
record Token(Type type, String text, int start, int end) {

    /** Token classes (section 4.1). */
    enum Type {
        /** Bare identifier {@code [A-Za-z][A-Za-z0-9_]*}, also keywords and function names. */
        IDENT,
        /** {@code #name} placeholder. */
        NAME_REF,
        /** {@code :value} placeholder. */
        VALUE_REF,
        /** Unsigned decimal integer literal (list indexes only). */
        NUMBER,
        LPAREN, RPAREN, LBRACKET, RBRACKET, DOT, COMMA, PLUS, MINUS,
        EQ, NE, LT, LE, GT, GE,
        /** End of input. */
        EOF
    }

    /** The text used for this token in syntax error messages. */
    String display() {
        return type == Type.EOF ? "<EOF>" : text;
    }

    /** Whether this is the identifier {@code word}, ignoring case (keywords are case-insensitive). */
    boolean isKeyword(String word) {
        return type == Type.IDENT && text.equalsIgnoreCase(word);
    }
}
