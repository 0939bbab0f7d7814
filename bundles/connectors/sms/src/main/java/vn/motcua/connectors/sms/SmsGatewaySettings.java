package vn.motcua.connectors.sms;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.motcua.connectors.sms.SmsGatewayConfig.Auth;
import vn.motcua.connectors.sms.SmsGatewayConfig.Format;

/**
 * One validated gateway configuration with its {@link HttpClient}. Immutable: {@code @Modified} swaps the whole
 * object, so a request in flight completes with the settings it started with; the replaced client (no close() in
 * JDK 17) stops its selector thread once it is garbage.
 */
final class SmsGatewaySettings {
    static final ObjectMapper JSON = new ObjectMapper();

    final URI endpoint;
    final String authorization;
    final String brandname;
    final Format format;
    final String phoneField;
    final String textField;
    final String brandnameField;
    final ObjectNode fixedFields;
    final String successField;
    final String successValue;
    final String messageField;
    final boolean unaccented;
    final Duration connectTimeout;
    final Duration requestTimeout;
    final HttpClient client;

    private SmsGatewaySettings(SmsGatewayConfig c) {
        endpoint = endpoint(trim(c.endpoint()));
        authorization = authorization(c);
        brandname = trim(c.brandname());
        format = c.format() == null ? Format.JSON : c.format();
        phoneField = trim(c.phoneField());
        textField = trim(c.textField());
        brandnameField = trim(c.brandnameField());
        if (phoneField.isEmpty() || textField.isEmpty() || phoneField.equals(textField)) {
            throw invalid("phoneField/textField", "cần hai tên trường khác nhau", "two distinct field names needed");
        }
        if (!brandname.isEmpty() && (brandnameField.isEmpty() || brandnameField.equals(phoneField)
            || brandnameField.equals(textField))) {
            throw invalid("brandnameField", "cần tên trường riêng cho brandname", "a distinct field name is needed");
        }
        fixedFields = JSON.createObjectNode();
        addFields("extraFields", c.extraFields());
        addFields(".secretFields", c._secretFields());
        successField = trim(c.successField());
        successValue = trim(c.successValue());
        messageField = trim(c.messageField());
        unaccented = c.unaccented();
        if (c.connectTimeout() < 1 || c.requestTimeout() < 1) {
            throw invalid("connectTimeout/requestTimeout", "thời gian chờ phải dương", "timeouts must be positive");
        }
        connectTimeout = Duration.ofMillis(c.connectTimeout());
        requestTimeout = Duration.ofMillis(c.requestTimeout());
        client = HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER) // a redirect would carry the token elsewhere
            .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade dance with older gateways
            .build();
    }

    /** @throws IllegalArgumentException naming the wrong key */
    static SmsGatewaySettings of(SmsGatewayConfig config) {
        return new SmsGatewaySettings(config);
    }

    /** The POST for one message: configured field names, fixed fields, UTF-8 JSON or form body. */
    HttpRequest request(String phone, String text) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fields.put(phoneField, JSON.getNodeFactory().textNode(phone));
        if (!brandname.isEmpty()) {
            fields.put(brandnameField, JSON.getNodeFactory().textNode(brandname));
        }
        fields.put(textField, JSON.getNodeFactory().textNode(text));
        fixedFields.properties().forEach(e -> fields.put(e.getKey(), e.getValue()));
        String body;
        String contentType;
        if (format == Format.FORM) {
            StringJoiner form = new StringJoiner("&");
            fields.forEach((k, v) -> form.add(encode(k) + "=" + encode(v.isValueNode() ? v.asText() : v.toString())));
            body = form.toString();
            contentType = "application/x-www-form-urlencoded; charset=UTF-8";
        } else {
            ObjectNode json = JSON.createObjectNode();
            fields.forEach(json::set);
            body = json.toString();
            contentType = "application/json; charset=UTF-8";
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint)
            .timeout(requestTimeout)
            .header("Content-Type", contentType)
            .header("Accept", "application/json, text/plain;q=0.5, */*;q=0.1")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b.build();
    }

    String gateway() {
        return endpoint.getHost() + (endpoint.getPort() > 0 ? ":" + endpoint.getPort() : "");
    }

    String describe() {
        return endpoint + ", " + format + ", auth " + (authorization == null ? "none" : authorization.split(" ")[0])
            + (brandname.isEmpty() ? ", no brandname" : ", brandname " + brandname)
            + ", fields " + phoneField + "/" + textField + (brandname.isEmpty() ? "" : "/" + brandnameField)
            + (successField.isEmpty() ? ", success = HTTP 2xx" : ", success = HTTP 2xx and " + successField + " = "
                + successValue)
            + (unaccented ? ", unaccented" : ", with diacritics")
            + ", timeouts " + connectTimeout.toMillis() + "/" + requestTimeout.toMillis() + " ms";
    }

    private void addFields(String key, String json) {
        String s = trim(json);
        if (s.isEmpty()) {
            return;
        }
        JsonNode node;
        try {
            node = JSON.readTree(s);
        } catch (JsonProcessingException e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            throw invalid(key, "phải là một đối tượng JSON, ví dụ {\"type\": 2}", "must be a JSON object");
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String name = e.getKey();
            boolean taken = name.equals(phoneField) || name.equals(textField)
                || (!brandname.isEmpty() && name.equals(brandnameField)) || fixedFields.has(name);
            if (taken) {
                throw invalid(key, "trường '" + name + "' bị lặp", "field '" + name + "' given twice");
            }
            fixedFields.set(name, e.getValue());
        }
    }

    private static URI endpoint(String value) {
        if (value.isEmpty()) {
            throw invalid("endpoint", "thiếu địa chỉ cổng SMS", "no gateway endpoint");
        }
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw invalid("endpoint", "địa chỉ không hợp lệ '" + value + "'", "not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw invalid("endpoint", "cần địa chỉ https://… '" + value + "'", "an https URL is needed");
        }
        if (scheme.equals("http") && !loopback(uri.getHost())) {
            throw invalid("endpoint", "http không mã hóa chỉ dùng cho cổng chạy trên máy này; hãy dùng https",
                "plain http only for a gateway on localhost; use https");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid("endpoint", "không ghi tài khoản trong địa chỉ; dùng auth=BASIC",
                "no credentials in the URL; use auth=BASIC");
        }
        return uri;
    }

    private static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
    }

    private static String authorization(SmsGatewayConfig c) {
        Auth auth = c.auth() == null ? Auth.NONE : c.auth();
        switch (auth) {
            case BEARER: {
                String token = trim(c._token());
                if (token.isEmpty()) {
                    throw invalid(".token", "auth=BEARER cần token", "auth=BEARER needs a token");
                }
                return "Bearer " + token;
            }
            case BASIC: {
                String user = trim(c.username());
                String password = c._password() == null ? "" : c._password();
                if (user.isEmpty() || password.isEmpty() || user.contains(":")) {
                    throw invalid("username/.password", "auth=BASIC cần tài khoản (không chứa ':') và mật khẩu",
                        "auth=BASIC needs a username without ':' and a password");
                }
                return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
            }
            default:
                return null;
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static IllegalArgumentException invalid(String key, String vi, String en) {
        return new IllegalArgumentException("Cấu hình vn.motcua.connectors.sms sai ở '" + key + "': " + vi + " (" + en
            + ")");
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
