package vn.motcua.connectors.email;

import java.util.Objects;
import java.util.function.Supplier;

import javax.mail.AuthenticationFailedException;
import javax.mail.MessagingException;
import javax.mail.SendFailedException;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.AddressException;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.platform.api.messaging.MessageDeliveryException;
import vn.motcua.platform.api.messaging.MessageSender;
import vn.motcua.platform.api.messaging.OutboundMessage;

/**
 * The EMAIL channel: each message is one SMTP session (connect, authenticate, send, quit). One-time codes are rare and
 * must not wait behind a pooled connection that the server has silently dropped, so nothing is kept open.
 *
 * <p>javax.mail finds its transport providers and the activation framework finds its content handlers through the
 * thread context class loader; in Karaf that is whatever the calling bundle left there. Every javax.mail call therefore
 * runs with the javax.mail bundle's own loader as context class loader ({@link #withMailClassLoader}).
 *
 * <p>Logs name the (masked) recipient and the Message-ID, never the subject or body: they carry one-time codes. The
 * password is the private property {@code .password}: DS copies every other configuration property onto the service
 * registration, where any bundle could read it.
 */
@Component(configurationPid = SmtpMessageSender.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
    property = MessageSender.CHANNEL_PROPERTY + "=EMAIL")
@Designate(ocd = SmtpConfig.class)
public class SmtpMessageSender implements MessageSender {
    static final String PID = "vn.motcua.connectors.email";

    private static final Logger LOG = LoggerFactory.getLogger(SmtpMessageSender.class);

    /** The javax.mail bundle's class loader (in a flat class path simply the loader that has javax.mail). */
    static final ClassLoader MAIL_LOADER = Session.class.getClassLoader();

    private volatile SmtpSettings settings;

    /**
     * Applies a configuration, at activation and live on every change. An invalid change is refused and the previous
     * settings stay in force (SCR logs the exception).
     */
    @Activate
    @Modified
    void configure(SmtpConfig config) {
        SmtpSettings next = withMailClassLoader(() -> SmtpSettings.of(config));
        boolean first = settings == null;
        settings = next;
        LOG.info("Email connector {}: {}", first ? "ready" : "reconfigured", next.describe());
    }

    @Deactivate
    void deactivate() {
        settings = null;
    }

    @Override
    public OutboundMessage.Channel channel() {
        return OutboundMessage.Channel.EMAIL;
    }

    @Override
    public void send(OutboundMessage message) {
        Objects.requireNonNull(message, "message");
        if (message.channel() != OutboundMessage.Channel.EMAIL) {
            throw new IllegalArgumentException("not an EMAIL message: " + message.channel());
        }
        SmtpSettings s = settings;
        if (s == null) {
            throw new MessageDeliveryException("Kết nối email đã dừng (email connector is not active)", null);
        }
        InternetAddress to = recipient(message.to());
        String masked = mask(to.getAddress());
        try {
            String messageId = withMailClassLoader(() -> transmit(s, to, message));
            LOG.info("Email sent to {} via {} (Message-ID {})", masked, s.endpoint(), messageId);
        } catch (MessageDeliveryException e) {
            LOG.warn("Email to {} not sent: {}", masked, e.getMessage().replace(to.getAddress(), masked));
            LOG.debug("Email failure detail", e);
            throw e;
        }
    }

    /**
     * Composes and sends under the javax.mail context class loader (the caller guarantees it). Package-private so a
     * test can observe the class loader in force while javax.mail works.
     */
    String transmit(SmtpSettings s, InternetAddress to, OutboundMessage message) {
        MimeMessage mime;
        String messageId;
        Transport transport;
        try {
            mime = s.compose(to, message.subject(), message.text());
            messageId = mime.getMessageID();
            transport = s.session.getTransport("smtp");
        } catch (MessagingException e) {
            throw new MessageDeliveryException("Không tạo được thư (cannot compose the message): "
                + SmtpFailures.detail(e), e);
        }
        try {
            try {
                transport.connect(s.host, s.port, s.username.isEmpty() ? null : s.username,
                    s.username.isEmpty() ? null : s.password);
            } catch (AuthenticationFailedException e) {
                throw SmtpFailures.authenticationFailed(s, e);
            } catch (MessagingException e) {
                throw SmtpFailures.connectFailed(s, e);
            }
            try {
                transport.sendMessage(mime, mime.getAllRecipients());
                return messageId;
            } catch (SendFailedException e) {
                throw SmtpFailures.sendRefused(s, e);
            } catch (MessagingException e) {
                throw SmtpFailures.sendFailed(s, e);
            }
        } finally {
            try {
                transport.close();
            } catch (MessagingException e) {
                LOG.debug("SMTP close failed", e);
            }
        }
    }

    /** Runs javax.mail code with the javax.mail bundle's loader as context class loader, then restores the caller's. */
    static <T> T withMailClassLoader(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        thread.setContextClassLoader(MAIL_LOADER);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(caller);
        }
    }

    private static InternetAddress recipient(String to) {
        try {
            InternetAddress a = new InternetAddress(to == null ? "" : to.trim(), true);
            a.validate();
            if (a.isGroup()) {
                throw new AddressException("group address", to);
            }
            return a;
        } catch (AddressException e) {
            throw new MessageDeliveryException("Địa chỉ email người nhận không hợp lệ (invalid recipient address): '"
                + to + "'", e);
        }
    }

    /** {@code nguyen.van.a@example.vn} → {@code n***@example.vn}: enough to match a complaint, not to harvest. */
    static String mask(String address) {
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return address.charAt(0) + "***" + address.substring(at);
    }
}
