package vn.motcua.connectors.sms;

import vn.motcua.testing.TypedConfig;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.After;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.platform.api.messaging.MessageDeliveryException;
import vn.motcua.platform.api.messaging.OutboundMessage;
import vn.motcua.platform.api.messaging.OutboundMessage.Channel;

/** The connector against a real HTTP server (JDK HttpServer) standing for the gateway. */
public class SmsGatewaySenderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CODE = "482913";
    private static final String TEXT = "Mã xác minh của bạn là " + CODE + ". Đừng chia sẻ mã – hiệu lực 5 phút!";
    private static final String TEXT_UNACCENTED = "Ma xac minh cua ban la " + CODE
        + ". Dung chia se ma - hieu luc 5 phut!";

    private final List<AutoCloseable> cleanup = new ArrayList<>();

    @After
    public void tearDown() throws Exception {
        for (int i = cleanup.size() - 1; i >= 0; i--) {
            cleanup.get(i).close();
        }
    }

    @Test
    public void postsJsonWithBearerTokenNormalisedNumberAndUnaccentedText() throws Exception {
        GatewayStub gateway = gateway();
        SmsGatewaySender sender = sender(config(gateway, Map.of("extraFields", "{\"type\": 2, \"unicode\": 0}")));

        sender.send(sms("0912 345 678", TEXT));

        GatewayStub.Request r = gateway.only();
        assertEquals("POST", r.method());
        assertEquals(GatewayStub.PATH, r.path());
        assertEquals("Bearer tok-Hue-2025", r.header("Authorization"));
        assertEquals("application/json; charset=UTF-8", r.header("Content-Type"));
        assertTrue(r.header("Accept"), r.header("Accept").startsWith("application/json"));
        JsonNode expected = JSON.readTree("{\"to\": \"84912345678\", \"from\": \"UBND-TTHUE\", \"text\": \""
            + TEXT_UNACCENTED + "\", \"type\": 2, \"unicode\": 0}");
        assertEquals(expected, JSON.readTree(r.body()));
        assertEquals(List.of("to", "from", "text", "type", "unicode"), fieldNames(JSON.readTree(r.body())));
    }

    @Test
    public void textWithDiacriticsArrivesIntactWhenNotUnaccented() throws Exception {
        GatewayStub gateway = gateway();
        SmsGatewaySender sender = sender(config(gateway, Map.of("unaccented", false)));

        sender.send(sms("+84 912-345-678", TEXT));

        assertEquals(TEXT, JSON.readTree(gateway.only().body()).get("text").asText());
    }

    @Test
    public void formFieldsWithBasicAuthAndTheGatewaysOwnFieldNames() throws Exception {
        GatewayStub gateway = gateway().answer(200, "text/plain", "OK");
        Map<String, Object> c = new HashMap<>();
        c.put("auth", "BASIC");
        c.put("username", "motcua");
        c.put(".password", "mật:khẩu");
        c.put("format", "FORM");
        c.put("phoneField", "Phone");
        c.put("textField", "Content");
        c.put("brandnameField", "Brandname");
        c.put(".secretFields", "{\"ApiKey\": \"k-1\", \"SmsType\": 2}");
        c.put("successField", "");
        c.put("unaccented", false);
        SmsGatewaySender sender = sender(config(gateway, c));

        sender.send(sms("(091) 234.5678", TEXT));

        GatewayStub.Request r = gateway.only();
        String credentials = Base64.getEncoder().encodeToString("motcua:mật:khẩu".getBytes(StandardCharsets.UTF_8));
        assertEquals("Basic " + credentials, r.header("Authorization"));
        assertEquals("application/x-www-form-urlencoded; charset=UTF-8", r.header("Content-Type"));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("Phone", "84912345678");
        expected.put("Brandname", "UBND-TTHUE");
        expected.put("Content", TEXT);
        expected.put("ApiKey", "k-1");
        expected.put("SmsType", "2");
        assertEquals(expected, form(r.body()));
    }

    @Test
    public void gatewayErrorInTheBodyNamesTheGatewaysMessage() {
        GatewayStub gateway = gateway().answer(200, "{\"code\": 5, \"message\": \"Brandname chưa được đăng ký\"}");
        SmsGatewaySender sender = sender(config(gateway, Map.of()));

        MessageDeliveryException e = failure(sender);

        assertEquals("Cổng SMS 127.0.0.1:" + port(gateway) + " từ chối tin nhắn (SMS gateway refused the message): "
            + "code=5, \"Brandname chưa được đăng ký\"", e.getMessage());
    }

    @Test
    public void nestedSuccessFieldAndStringCode() {
        GatewayStub gateway = gateway().answer(200, "{\"result\": {\"status\": \"00\", \"detail\": \"Accepted\"}}");
        SmsGatewaySender sender = sender(config(gateway, Map.of("successField", "result.status", "successValue", "00",
            "messageField", "result.detail")));
        sender.send(sms("0912345678", TEXT));

        gateway.answer(200, "{\"result\": {\"status\": \"13\", \"detail\": \"Số thuê bao bị chặn\"}}");
        MessageDeliveryException e = failure(sender);
        assertTrue(e.getMessage(), e.getMessage().endsWith("result.status=13, \"Số thuê bao bị chặn\""));
    }

    @Test
    public void http500IsAFailureWithTheGatewaysAnswer() {
        GatewayStub gateway = gateway().answer(500, "text/plain", "Internal Server Error: queue unavailable");
        SmsGatewaySender sender = sender(config(gateway, Map.of()));

        MessageDeliveryException e = failure(sender);

        assertEquals("Cổng SMS 127.0.0.1:" + port(gateway)
            + " trả lời HTTP 500 (SMS gateway error): Internal Server Error: queue unavailable", e.getMessage());
    }

    @Test
    public void http401QuotesTheJsonMessage() {
        GatewayStub gateway = gateway().answer(401, "{\"code\": 401, \"message\": \"Token hết hạn\"}");
        SmsGatewaySender sender = sender(config(gateway, Map.of()));

        MessageDeliveryException e = failure(sender);

        assertTrue(e.getMessage(), e.getMessage().endsWith("trả lời HTTP 401 (SMS gateway error): \"Token hết hạn\""));
    }

    @Test
    public void answersWithoutTheSuccessFieldAreFailures() {
        GatewayStub gateway = gateway().answer(200, "text/html", "<html>Maintenance</html>");
        SmsGatewaySender sender = sender(config(gateway, Map.of()));
        MessageDeliveryException notJson = assertThrows(MessageDeliveryException.class,
            () -> sender.send(sms("0912345678", TEXT)));
        assertTrue(notJson.getMessage(), notJson.getMessage().contains("không phải JSON"));

        gateway.answer(200, "{\"status\": \"ok\"}");
        MessageDeliveryException noField = assertThrows(MessageDeliveryException.class,
            () -> sender.send(sms("0912345678", TEXT)));
        assertTrue(noField.getMessage(), noField.getMessage().contains("không trả trường 'code'"));
    }

    @Test
    public void errorsNeverQuoteTheMessageText() {
        GatewayStub gateway = gateway().answer(400, "text/plain", "Rejected: " + TEXT_UNACCENTED + " (too long)");
        SmsGatewaySender sender = sender(config(gateway, Map.of()));

        MessageDeliveryException e = failure(sender);

        assertFalse(e.getMessage(), e.getMessage().contains(CODE));
        assertTrue(e.getMessage(), e.getMessage().endsWith("Rejected: [nội dung tin nhắn] (too long)"));
    }

    @Test
    public void unansweredRequestTimesOut() {
        GatewayStub gateway = gateway().hang();
        SmsGatewaySender sender = sender(config(gateway, Map.of("requestTimeout", 700)));

        long start = System.nanoTime();
        MessageDeliveryException e = failure(sender);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals("Cổng SMS 127.0.0.1:" + port(gateway) + " không trả lời trong 700 ms (SMS gateway timed out)",
            e.getMessage());
        assertTrue("took " + millis + " ms", millis < 700 + 1500);
        assertEquals(1, gateway.requests.size());
    }

    @Test
    public void gatewayDownIsUnreachable() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Map<String, Object> c = new HashMap<>();
        c.put("endpoint", "http://127.0.0.1:" + port + "/api/sms");
        SmsGatewaySender sender = sender(config(null, c));

        MessageDeliveryException e = failure(sender);

        assertTrue(e.getMessage(), e.getMessage().startsWith("Không kết nối được cổng SMS 127.0.0.1:" + port));
    }

    @Test
    public void reconfigurationAppliesToTheNextMessage() throws Exception {
        GatewayStub first = gateway();
        GatewayStub second = gateway().answer(200, "{\"ErrorCode\": \"100\"}");
        SmsGatewaySender sender = sender(config(first, Map.of()));
        sender.send(sms("0912345678", "Tin thứ nhất"));

        Map<String, Object> c = new HashMap<>();
        c.put("brandname", "STP-HUE");
        c.put("successField", "ErrorCode");
        c.put("successValue", "100");
        c.put("unaccented", false);
        sender.configure(config(second, c));
        sender.send(sms("0912345678", "Tin thứ hai"));

        assertEquals(1, first.requests.size());
        JsonNode body = JSON.readTree(second.only().body());
        assertEquals("STP-HUE", body.get("from").asText());
        assertEquals("Tin thứ hai", body.get("text").asText());
    }

    @Test
    public void invalidConfigurationsAreRefusedAndThePreviousStaysInForce() throws Exception {
        GatewayStub gateway = gateway();
        SmsGatewaySender sender = sender(config(gateway, Map.of()));

        assertInvalid(sender, gateway, Map.of("endpoint", ""), "'endpoint'");
        assertInvalid(sender, gateway, Map.of("endpoint", "http://sms.example.vn/api"), "dùng https");
        assertInvalid(sender, gateway, Map.of("endpoint", "ftp://127.0.0.1/x"), "'endpoint'");
        assertInvalid(sender, gateway, Map.of("endpoint", "https://user:pw@sms.example.vn/api"), "auth=BASIC");
        assertInvalid(sender, gateway, Map.of(".token", ""), "'.token'");
        assertInvalid(sender, gateway, Map.of("auth", "BASIC"), "'username/.password'");
        assertInvalid(sender, gateway, Map.of("extraFields", "[1, 2]"), "'extraFields'");
        assertInvalid(sender, gateway, Map.of("extraFields", "{\"text\": \"x\"}"), "trường 'text' bị lặp");
        assertInvalid(sender, gateway, Map.of("phoneField", "text"), "'phoneField/textField'");
        assertInvalid(sender, gateway, Map.of("requestTimeout", 0), "'connectTimeout/requestTimeout'");

        sender.send(sms("0912345678", TEXT));
        assertEquals(1, gateway.requests.size());
        assertEquals("Bearer tok-Hue-2025", gateway.only().header("Authorization"));
    }

    @Test
    public void httpsEndpointsAreAccepted() {
        SmsGatewaySettings s = SmsGatewaySettings.of(TypedConfig.of(SmsGatewayConfig.class,
            Map.of("endpoint", "https://sms.example.vn/api/v2/send")));
        assertEquals("sms.example.vn", s.gateway());
        assertNull(s.authorization);
    }

    @Test
    public void wrongNumbersAndEmptyTextFailBeforeCallingTheGateway() {
        GatewayStub gateway = gateway();
        SmsGatewaySender sender = sender(config(gateway, Map.of()));

        MessageDeliveryException e = assertThrows(MessageDeliveryException.class,
            () -> sender.send(sms("024 3825 1234", TEXT)));
        assertTrue(e.getMessage(), e.getMessage().startsWith("Số điện thoại di động không hợp lệ"));
        assertThrows(MessageDeliveryException.class, () -> sender.send(sms("0912345678", "  ")));
        assertThrows(MessageDeliveryException.class, () -> sender.send(sms(null, TEXT)));
        assertEquals(0, gateway.requests.size());
    }

    @Test
    public void logsNeitherTheTextNorTheWholeNumber() {
        GatewayStub gateway = gateway();
        SmsGatewaySender sender = sender(config(gateway, Map.of()));
        PrintStream original = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            sender.send(sms("0912345678", TEXT));
            gateway.answer(200, "{\"code\": 9, \"message\": \"Thuê bao 84912345678 từ chối nhận tin\"}");
            assertThrows(MessageDeliveryException.class, () -> sender.send(sms("0912345678", TEXT)));
        } finally {
            System.setErr(original);
        }
        String logged = log.toString(StandardCharsets.UTF_8);
        assertTrue(logged, logged.contains("SMS sent to 84******678"));
        assertTrue(logged, logged.contains("SMS to 84******678 not sent"));
        assertFalse(logged, logged.contains(CODE));
        assertFalse(logged, logged.contains("912345678"));
    }

    @Test
    public void channel() {
        assertEquals(Channel.SMS, new SmsGatewaySender().channel());
        SmsGatewaySender inactive = new SmsGatewaySender();
        assertThrows(MessageDeliveryException.class, () -> inactive.send(sms("0912345678", TEXT)));
        assertThrows(IllegalArgumentException.class,
            () -> inactive.send(new OutboundMessage(Channel.EMAIL, "a@example.vn", "x", "y")));
    }

    // --- helpers

    private static MessageDeliveryException failure(SmsGatewaySender sender) {
        return assertThrows(MessageDeliveryException.class, () -> sender.send(sms("0912345678", TEXT)));
    }

    private void assertInvalid(SmsGatewaySender sender, GatewayStub gateway, Map<String, ?> change, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> sender.configure(config(gateway, change)));
        assertTrue(e.getMessage(), e.getMessage().contains(expected));
    }

    private GatewayStub gateway() {
        try {
            GatewayStub g = new GatewayStub();
            cleanup.add(g);
            return g;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static int port(GatewayStub gateway) {
        return java.net.URI.create(gateway.url()).getPort();
    }

    private static SmsGatewaySender sender(SmsGatewayConfig config) {
        SmsGatewaySender sender = new SmsGatewaySender();
        sender.configure(config);
        return sender;
    }

    private static SmsGatewayConfig config(GatewayStub gateway, Map<String, ?> overrides) {
        Map<String, Object> c = new HashMap<>();
        if (gateway != null) {
            c.put("endpoint", gateway.url());
        }
        c.put("auth", "BEARER");
        c.put(".token", "tok-Hue-2025");
        c.put("brandname", "UBND-TTHUE");
        c.put("successField", "code");
        c.put("successValue", "0");
        c.put("connectTimeout", 2000);
        c.put("requestTimeout", 5000);
        c.putAll(overrides);
        return TypedConfig.of(SmsGatewayConfig.class, c);
    }

    private static OutboundMessage sms(String to, String text) {
        return new OutboundMessage(Channel.SMS, to, null, text);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Map<String, String> form(String body) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            m.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return m;
    }
}
