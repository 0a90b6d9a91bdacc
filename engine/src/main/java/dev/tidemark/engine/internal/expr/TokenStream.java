package dev.tidemark.engine.internal.expr;

import dev.tidemark.engine.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Token cursor shared by the parsers: syntax errors, document paths, and the deferred errors that
 * DynamoDB reports after a successful parse in a fixed order (section 4.3: redundant parentheses,
 * unknown function, misused function, reserved word, then the rest).
 */
class TokenStream {
    /** Deferred error categories, in reporting order. */
    static final int REDUNDANT = 0;
    static final int UNKNOWN_FUNCTION = 1;
    static final int MISUSED = 2;
    static final int RESERVED = 3;
    static final int OTHER = 4;

    /** Maximum document path depth (section 4.2). */
    static final int MAX_DEPTH = 32;
    /** Maximum operators per expression (section 4.4). */
    static final int MAX_OPERATORS = 300;

    private static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT", "BETWEEN", "IN", "SET", "REMOVE", "ADD",
        "DELETE");

    final String text;
    final ExprKind kind;
    private final List<Token> tokens;
    private int pos;
    int operators;
    private final String[] deferred = new String[OTHER + 1];

    TokenStream(String text, ExprKind kind) {
        this.text = text;
        this.kind = kind;
        this.tokens = Lexer.lex(text, kind);
    }

    Token peek() {
        return tokens.get(pos);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    Token next() {
        Token t = tokens.get(pos);
        if (t.type() != Token.Type.EOF) {
            pos++;
        }
        return t;
    }

    boolean at(Token.Type type) {
        return peek().type() == type;
    }

    Token expect(Token.Type type) {
        if (!at(type)) {
            throw syntaxError();
        }
        return next();
    }

    /** A syntax error at the current token (section 4.1 format). */
    ValidationException syntaxError() {
        Token bad = peek();
        int from = pos > 0 ? tokens.get(pos - 1).start() : bad.start();
        int to = bad.type() == Token.Type.EOF && pos > 0 ? tokens.get(pos - 1).end() : bad.end();
        if (bad.type() != Token.Type.EOF && pos + 1 < tokens.size() && tokens.get(pos + 1).type() != Token.Type.EOF) {
            to = tokens.get(pos + 1).end();
        }
        return kind.error("Syntax error; token: \"" + bad.display() + "\", near: \"" + text.substring(from, to) + "\"");
    }

    /** Records an error to report after parsing, keeping the first one of each category. */
    void defer(int category, String detail) {
        if (deferred[category] == null) {
            deferred[category] = detail;
        }
    }

    /** Throws the most important deferred error, if any; also checks the operator count. */
    void finish() {
        expect(Token.Type.EOF);
        if (operators > MAX_OPERATORS) {
            defer(OTHER, "The expression contains too many operators; operator count: " + operators);
        }
        for (String d : deferred) {
            if (d != null) {
                throw kind.error(d);
            }
        }
    }

    static boolean isKeyword(Token t) {
        return t.type() == Token.Type.IDENT && KEYWORDS.contains(t.text().toUpperCase(java.util.Locale.ROOT));
    }

    /** Whether the current token starts a path (a name that is not a keyword, or a {@code #name}). */
    boolean atPathStart() {
        Token t = peek();
        return t.type() == Token.Type.NAME_REF || (t.type() == Token.Type.IDENT && !isKeyword(t));
    }

    /** {@code path := (name | #ph) { '.' (name | #ph) | '[' digits ']' }} (section 4.2). */
    Ast.Path parsePath() {
        List<Ast.Elem> elems = new ArrayList<>();
        elems.add(pathName());
        while (true) {
            if (at(Token.Type.DOT)) {
                next();
                elems.add(pathName());
            } else if (at(Token.Type.LBRACKET)) {
                next();
                Token num = expect(Token.Type.NUMBER);
                expect(Token.Type.RBRACKET);
                int index;
                try {
                    index = Integer.parseInt(num.text());
                } catch (NumberFormatException e) {
                    defer(OTHER, "List index is not within the allowable range; index: [" + num.text() + "]");
                    index = Integer.MAX_VALUE;
                }
                elems.add(new Ast.Index(index));
            } else {
                break;
            }
        }
        if (elems.size() > MAX_DEPTH) {
            defer(OTHER, "The document path has too many nesting levels; nesting levels: " + elems.size());
        }
        return new Ast.Path(elems);
    }

    private Ast.Elem pathName() {
        Token t = peek();
        if (t.type() == Token.Type.NAME_REF) {
            next();
            return new Ast.NameRef(t.text());
        }
        if (t.type() != Token.Type.IDENT || isKeyword(t)) {
            throw syntaxError();
        }
        next();
        if (ReservedWords.isReserved(t.text())) {
            defer(RESERVED, "Attribute name is a reserved keyword; reserved keyword: " + t.text());
        }
        return new Ast.Name(t.text());
    }

    /** The argument count message of section 4.6. */
    void checkArgCount(String function, int count, int expected) {
        if (count != expected) {
            defer(MISUSED, "Incorrect number of operands for operator or function; operator or function: " + function
                + ", number of operands: " + count);
        }
    }

    /** The misuse message of section 4.4. */
    void misused(String function) {
        defer(MISUSED, "The function is not allowed to be used this way in an expression; function: " + function);
    }
}
