package vn.motcua.connectors.sms;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.platform.api.messaging.MessageDeliveryException;
import vn.motcua.platform.api.messaging.MessageSender;
import vn.motcua.platform.api.messaging.OutboundMessage;

/**
 * The SMS channel through an HTTP(S) brandname gateway: one POST per message with the JDK's {@code HttpClient}, so the
 * bundle needs no HTTP library. The number is normalised to {@code 84xxxxxxxxx}; the text is sent without diacritics
 * when {@code unaccented=true}; the subject of an {@link OutboundMessage} is not used (SMS has none).
 *
 * <p>Success is HTTP 2xx and, when {@code successField} is set, that field of the JSON answer equal to
 * {@code successValue}: most Vietnamese gateways answer HTTP 200 with an error code in the body. Logs and errors never
 * contain the text (it carries one-time codes); the number is masked in logs.
 */
@Component(configurationPid = SmsGatewaySender.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
    property = MessageSender.CHANNEL_PROPERTY + "=SMS")
@Designate(ocd = SmsGatewayConfig.class)
public class SmsGatewaySender implements MessageSender {
    static final String PID = "vn.motcua.connectors.sms";

    private static final Logger LOG = LoggerFactory.getLogger(SmsGatewaySender.class);
    private static final int MAX_EXCERPT = 300;
    private static final String REDACTED = "[nội dung tin nhắn]";

    private volatile SmsGatewaySettings settings;

    /**
     * Applies a configuration, at activation and live on every change. An invalid change is refused and the previous
     * settings stay in force (SCR logs the exception).
     */
    @Activate
    @Modified
    void configure(SmsGatewayConfig config) {
        SmsGatewaySettings next = SmsGatewaySettings.of(config);
        boolean first = settings == null;
        settings = next;
        LOG.info("SMS connector {}: {}", first ? "ready" : "reconfigured", next.describe());
    }

    @Deactivate
    void deactivate() {
        settings = null;
    }

    @Override
    public OutboundMessage.Channel channel() {
        return OutboundMessage.Channel.SMS;
    }

    @Override
    public void send(OutboundMessage message) {
        Objects.requireNonNull(message, "message");
        if (message.channel() != OutboundMessage.Channel.SMS) {
            throw new IllegalArgumentException("not an SMS message: " + message.channel());
        }
        SmsGatewaySettings s = settings;
        if (s == null) {
            throw new MessageDeliveryException("Kết nối SMS đã dừng (SMS connector is not active)", null);
        }
        String phone;
        try {
            phone = PhoneNumbers.international(message.to());
        } catch (IllegalArgumentException e) {
            throw new MessageDeliveryException(e.getMessage(), e);
        }
        String original = message.text() == null ? "" : message.text();
        if (original.isBlank()) {
            throw new MessageDeliveryException("Tin nhắn không có nội dung (empty SMS text)", null);
        }
        String text = s.unaccented ? Unaccented.of(original) : original;
        String masked = PhoneNumbers.mask(phone);
        try {
            int status = post(s, phone, text, original);
            LOG.info("SMS sent to {} via {} (HTTP {}, {} characters{})", masked, s.gateway(), status, text.length(),
                s.unaccented ? ", unaccented" : "");
        } catch (MessageDeliveryException e) {
            LOG.warn("SMS to {} not sent: {}", masked, e.getMessage().replace(phone, masked));
            LOG.debug("SMS failure detail", e);
            throw e;
        }
    }

    /** Posts and judges the answer; returns the HTTP status of a successful delivery. */
    private int post(SmsGatewaySettings s, String phone, String text, String original) {
        HttpResponse<String> response;
        try {
            response = s.client.send(s.request(phone, text),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw new MessageDeliveryException("Không kết nối được cổng SMS " + s.gateway() + " trong "
                + s.connectTimeout.toMillis() + " ms (SMS gateway connect timeout)", e);
        } catch (HttpTimeoutException e) {
            throw new MessageDeliveryException("Cổng SMS " + s.gateway() + " không trả lời trong "
                + s.requestTimeout.toMillis() + " ms (SMS gateway timed out)", e);
        } catch (ConnectException e) {
            throw new MessageDeliveryException("Không kết nối được cổng SMS " + s.gateway()
                + " (SMS gateway unreachable): " + describe(e), e);
        } catch (IOException e) {
            throw new MessageDeliveryException("Lỗi khi gọi cổng SMS " + s.gateway() + " (SMS gateway I/O error): "
                + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessageDeliveryException("Gửi SMS bị ngắt (interrupted)", e);
        }
        Answer answer = new Answer(s, response.body(), text, original);
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new MessageDeliveryException("Cổng SMS " + s.gateway() + " trả lời HTTP " + status
                + " (SMS gateway error): " + answer.explanation(), null);
        }
        if (!s.successField.isEmpty()) {
            if (answer.json == null) {
                throw new MessageDeliveryException("Cổng SMS " + s.gateway() + " trả lời không phải JSON"
                    + " (SMS gateway answer is not JSON): " + answer.excerpt(), null);
            }
            JsonNode result = at(answer.json, s.successField);
            if (result == null || !result.isValueNode()) {
                throw new MessageDeliveryException("Cổng SMS " + s.gateway() + " không trả trường '" + s.successField
                    + "' (SMS gateway answer lacks '" + s.successField + "'): " + answer.excerpt(), null);
            }
            if (!result.asText().equals(s.successValue)) {
                throw new MessageDeliveryException("Cổng SMS " + s.gateway() + " từ chối tin nhắn (SMS gateway refused"
                    + " the message): " + s.successField + "=" + result.asText() + ", " + answer.explanation(), null);
            }
        }
        return status;
    }

    /** The gateway's answer, parsed once, with the message text redacted from anything quoted in an error. */
    private static final class Answer {
        final JsonNode json;
        private final String body;
        private final String gatewayMessage;

        Answer(SmsGatewaySettings s, String raw, String sent, String original) {
            String b = raw == null ? "" : raw.strip();
            b = redact(redact(b, sent), original); // best effort: gateways that echo the request
            body = b.replaceAll("\\s+", " ");
            JsonNode parsed;
            try {
                parsed = b.isEmpty() ? null : SmsGatewaySettings.JSON.readTree(b);
            } catch (IOException e) {
                parsed = null;
            }
            json = parsed != null && parsed.isContainerNode() ? parsed : null;
            JsonNode m = json == null || s.messageField.isEmpty() ? null : at(json, s.messageField);
            gatewayMessage = m != null && m.isValueNode() && !m.asText().isBlank() ? m.asText().strip() : null;
        }

        private static String redact(String body, String text) {
            return text.length() < 8 ? body : body.replace(text, REDACTED);
        }

        String explanation() {
            return gatewayMessage != null ? "\"" + cap(gatewayMessage) + "\"" : excerpt();
        }

        String excerpt() {
            return body.isEmpty() ? "(không có nội dung / empty answer)" : cap(body);
        }

        private static String cap(String s) {
            return s.length() > MAX_EXCERPT ? s.substring(0, MAX_EXCERPT) + "…" : s;
        }
    }

    /** A field by dotted path ({@code result.code}), or null. */
    static JsonNode at(JsonNode root, String path) {
        JsonNode n = root;
        for (String part : path.split("\\.")) {
            n = n == null ? null : n.get(part);
        }
        return n;
    }

    /** Distinct messages along the cause chain; class names where the JDK gives none (connection refused). */
    private static String describe(Throwable e) {
        Set<String> messages = new LinkedHashSet<>();
        Set<String> types = new LinkedHashSet<>();
        for (Throwable t = e; t != null && types.size() < 10; t = t.getCause() == t ? null : t.getCause()) {
            types.add(t.getClass().getSimpleName());
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                messages.add(t.getMessage());
            }
        }
        return String.join("; ", messages.isEmpty() ? types : messages);
    }
}
