package dev.tidemark.client.wire;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 ({@code AWS4-HMAC-SHA256}) as DynamoDB uses it: the canonical request
 * (method, path, query, signed headers, payload hash), the string to sign over the credential scope
 * {@code <date>/<region>/dynamodb/aws4_request}, and the signing key derived from the secret. The
 * client signs with it; the server recomputes the same signature to verify a request.
 */
public final class SigV4 {
    /** The algorithm name in the {@code Authorization} header. */
    public static final String ALGORITHM = "AWS4-HMAC-SHA256";
    /** The {@code X-Amz-Date} format. */
    public static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private SigV4() {
    }

    /**
     * The headers that sign a request: {@code X-Amz-Date} and {@code Authorization}. {@code headers}
     * are the headers to sign besides {@code host} and {@code x-amz-date} (for example
     * {@code content-type} and {@code x-amz-target}).
     */
    public static Map<String, String> sign(String method, URI uri, Map<String, String> headers, byte[] body,
            String accessKeyId, String secret, String region, String service, Instant now) {
        String amzDate = AMZ_DATE.format(now);
        Map<String, List<String>> all = new TreeMap<>();
        headers.forEach((k, v) -> all.put(k.toLowerCase(java.util.Locale.ROOT), List.of(v)));
        all.put("host", List.of(hostHeader(uri)));
        all.put("x-amz-date", List.of(amzDate));
        String signedHeaders = String.join(";", all.keySet());
        String date = amzDate.substring(0, 8);
        String scope = date + "/" + region + "/" + service + "/aws4_request";
        String canonical = canonicalRequest(method, uri.getRawPath(), uri.getRawQuery(), all, signedHeaders,
                hex(sha256(body)));
        String signature = signature(secret, date, region, service, stringToSign(amzDate, scope, canonical));
        Map<String, String> out = new LinkedHashMap<>();
        out.put("X-Amz-Date", amzDate);
        out.put("Authorization", ALGORITHM + " Credential=" + accessKeyId + "/" + scope + ", SignedHeaders="
                + signedHeaders + ", Signature=" + signature);
        return out;
    }

    /** The {@code Host} header for {@code uri}: the host, with the port unless it is the scheme's default. */
    public static String hostHeader(URI uri) {
        int port = uri.getPort();
        boolean defaultPort = port == -1 || port == 80 && "http".equals(uri.getScheme())
                || port == 443 && "https".equals(uri.getScheme());
        return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
    }

    /**
     * The canonical request. {@code headers} maps lower-case names to their values (in the order
     * received); only the names in {@code signedHeaders} are used.
     */
    public static String canonicalRequest(String method, String rawPath, String rawQuery,
            Map<String, List<String>> headers, String signedHeaders, String payloadHash) {
        StringBuilder sb = new StringBuilder();
        sb.append(method).append('\n');
        sb.append(canonicalPath(rawPath)).append('\n');
        sb.append(canonicalQuery(rawQuery)).append('\n');
        for (String name : signedHeaders.split(";")) {
            List<String> values = headers.get(name);
            List<String> trimmed = new ArrayList<>();
            if (values != null) {
                for (String v : values) {
                    trimmed.add(v.trim().replaceAll(" +", " "));
                }
            }
            sb.append(name).append(':').append(String.join(",", trimmed)).append('\n');
        }
        sb.append('\n').append(signedHeaders).append('\n').append(payloadHash);
        return sb.toString();
    }

    /** The string to sign. */
    public static String stringToSign(String amzDate, String scope, String canonicalRequest) {
        return ALGORITHM + "\n" + amzDate + "\n" + scope + "\n"
                + hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
    }

    /** The hex signature of {@code stringToSign} with the key derived from {@code secret}. */
    public static String signature(String secret, String date, String region, String service, String stringToSign) {
        byte[] k = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
        k = hmac(k, region);
        k = hmac(k, service);
        k = hmac(k, "aws4_request");
        return hex(hmac(k, stringToSign));
    }

    private static String canonicalPath(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        StringBuilder sb = new StringBuilder();
        String[] segments = rawPath.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                sb.append('/');
            }
            // the SDKs encode the already-encoded path again for every service but S3
            sb.append(encode(encode(URLDecoder.decode(segments[i], StandardCharsets.UTF_8))));
        }
        return sb.toString();
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> pairs = new ArrayList<>();
        for (String p : rawQuery.split("&")) {
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? p : p.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(p.substring(eq + 1), StandardCharsets.UTF_8);
            pairs.add(new String[] {encode(k), encode(v)});
        }
        pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        StringBuilder sb = new StringBuilder();
        for (String[] p : pairs) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(p[0]).append('=').append(p[1]);
        }
        return sb.toString();
    }

    /** RFC 3986 encoding: everything but unreserved characters as %XY. */
    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    /** SHA-256 of {@code data}. */
    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lower-case hex. */
    public static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
