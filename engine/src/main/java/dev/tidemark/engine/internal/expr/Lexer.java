package dev.tidemark.engine.internal.expr;

import dev.tidemark.engine.ValidationException;
import java.util.ArrayList;
import java.util.List;

/** Splits an expression string into {@link Token}s (section 4.1). Whitespace is insignificant. */
final class Lexer {
    private Lexer() {
    }

    /**
     * Tokenises {@code text}; the last token is always {@link Token.Type#EOF}.
     *
     * @throws dev.tidemark.engine.ValidationException a syntax error on a character no token can start with
     */
    static List<Token> lex(String text, ExprKind kind) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            Token.Type type;
            if (isLetter(c)) {
                i = wordEnd(text, i + 1);
                type = Token.Type.IDENT;
            } else if (c >= '0' && c <= '9') {
                while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                type = Token.Type.NUMBER;
            } else if (c == '#' || c == ':') {
                i = wordEnd(text, i + 1);
                if (i == start + 1) {
                    throw syntax(kind, text, out, start, i);
                }
                type = c == '#' ? Token.Type.NAME_REF : Token.Type.VALUE_REF;
            } else {
                i++;
                switch (c) {
                    case '(' -> type = Token.Type.LPAREN;
                    case ')' -> type = Token.Type.RPAREN;
                    case '[' -> type = Token.Type.LBRACKET;
                    case ']' -> type = Token.Type.RBRACKET;
                    case '.' -> type = Token.Type.DOT;
                    case ',' -> type = Token.Type.COMMA;
                    case '+' -> type = Token.Type.PLUS;
                    case '-' -> type = Token.Type.MINUS;
                    case '=' -> type = Token.Type.EQ;
                    case '<' -> {
                        if (i < n && text.charAt(i) == '=') {
                            i++;
                            type = Token.Type.LE;
                        } else if (i < n && text.charAt(i) == '>') {
                            i++;
                            type = Token.Type.NE;
                        } else {
                            type = Token.Type.LT;
                        }
                    }
                    case '>' -> {
                        if (i < n && text.charAt(i) == '=') {
                            i++;
                            type = Token.Type.GE;
                        } else {
                            type = Token.Type.GT;
                        }
                    }
                    default -> {
                        if (Character.isHighSurrogate(c) && i < n) {
                            i++;
                        }
                        throw syntax(kind, text, out, start, i);
                    }
                }
            }
            out.add(new Token(type, text.substring(start, i), start, i));
        }
        out.add(new Token(Token.Type.EOF, "", n, n));
        return out;
    }

    private static ValidationException syntax(ExprKind kind, String text, List<Token> before, int start, int end) {
        int from = before.isEmpty() ? start : before.get(before.size() - 1).start();
        return kind.error("Syntax error; token: \"" + text.substring(start, end) + "\", near: \""
            + text.substring(from, end) + "\"");
    }

    private static int wordEnd(String text, int i) {
        while (i < text.length() && isWordChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isWordChar(char c) {
        return isLetter(c) || (c >= '0' && c <= '9') || c == '_';
    }
}
