package vn.motcua.connectors.email;

import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Properties;

import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.internet.AddressException;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import vn.motcua.connectors.email.SmtpConfig.StartTls;

/**
 * One validated configuration and the javax.mail {@link Session} built from it. Immutable: {@code @Modified} swaps the
 * whole object, so a message already being sent finishes with the settings it started with.
 */
final class SmtpSettings {
    static final String UTF_8 = "UTF-8";

    final String host;
    final int port;
    final String username;
    final String password;
    final InternetAddress from;
    final StartTls starttls;
    final boolean ssl;
    final String sslTrust;
    final int connectionTimeout;
    final int readTimeout;
    final Session session;

    private SmtpSettings(SmtpConfig c) {
        host = trim(c.host());
        port = c.port();
        username = trim(c.username());
        password = c._password() == null ? "" : c._password();
        starttls = c.starttls() == null ? StartTls.REQUIRED : c.starttls();
        ssl = c.ssl();
        sslTrust = trim(c.sslTrust());
        connectionTimeout = c.connectionTimeout();
        readTimeout = c.readTimeout();
        if (host.isEmpty()) {
            throw invalid("host", "thiếu máy chủ SMTP", "no SMTP host");
        }
        if (port < 1 || port > 65_535) {
            throw invalid("port", "cổng phải từ 1 đến 65535", "port out of range");
        }
        if (connectionTimeout < 1 || readTimeout < 1) {
            throw invalid("connectionTimeout/readTimeout", "thời gian chờ phải dương", "timeouts must be positive");
        }
        if (username.isEmpty() != password.isEmpty()) {
            throw invalid("username/.password", "cần cả tài khoản và mật khẩu, hoặc bỏ trống cả hai",
                "set both or neither");
        }
        from = fromAddress(trim(c.fromAddress()), trim(c.fromName()));
        session = Session.getInstance(sessionProperties());
    }

    /**
     * Validates a configuration; must run with the javax.mail class loader as context class loader (the Session looks
     * up its providers through it).
     *
     * @throws IllegalArgumentException naming the wrong key
     */
    static SmtpSettings of(SmtpConfig config) {
        return new SmtpSettings(config);
    }

    private Properties sessionProperties() {
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", host);
        p.setProperty("mail.smtp.port", Integer.toString(port));
        p.setProperty("mail.smtp.from", from.getAddress());
        p.setProperty("mail.from", from.getAddress()); // domain of the generated Message-ID
        p.setProperty("mail.smtp.auth", Boolean.toString(!username.isEmpty()));
        p.setProperty("mail.smtp.connectiontimeout", Integer.toString(connectionTimeout));
        p.setProperty("mail.smtp.timeout", Integer.toString(readTimeout));
        p.setProperty("mail.smtp.writetimeout", Integer.toString(readTimeout));
        p.setProperty("mail.smtp.ssl.enable", Boolean.toString(ssl));
        p.setProperty("mail.smtp.starttls.enable", Boolean.toString(!ssl && starttls != StartTls.NONE));
        p.setProperty("mail.smtp.starttls.required", Boolean.toString(!ssl && starttls == StartTls.REQUIRED));
        // javax.mail 1.6 does not check the certificate's host name unless told to; trusted hosts skip verification
        p.setProperty("mail.smtp.ssl.checkserveridentity", Boolean.toString(sslTrust.isEmpty()));
        if (!sslTrust.isEmpty()) {
            p.setProperty("mail.smtp.ssl.trust", sslTrust);
        }
        p.setProperty("mail.mime.charset", UTF_8);
        return p;
    }

    /** A text/plain UTF-8 message; subject and display name are RFC 2047 encoded so every header stays ASCII. */
    MimeMessage compose(InternetAddress to, String subject, String text) throws MessagingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(from);
        m.setRecipient(Message.RecipientType.TO, to);
        m.setSubject(subject == null ? "" : subject, UTF_8);
        m.setText(text == null ? "" : text, UTF_8);
        m.setSentDate(new Date());
        m.saveChanges();
        return m;
    }

    String endpoint() {
        return host + ":" + port;
    }

    String describe() {
        return "smtp" + (ssl ? "s" : "") + "://" + endpoint() + ", from " + from.getAddress()
            + (ssl ? "" : ", STARTTLS " + starttls)
            + (username.isEmpty() ? ", no authentication" : ", user " + username)
            + (sslTrust.isEmpty() ? "" : ", certificate not verified for " + sslTrust)
            + ", timeouts " + connectionTimeout + "/" + readTimeout + " ms";
    }

    private static InternetAddress fromAddress(String address, String name) {
        if (address.isEmpty()) {
            throw invalid("fromAddress", "thiếu địa chỉ gửi", "no from address");
        }
        try {
            InternetAddress a = new InternetAddress(address, true);
            a.validate();
            if (!name.isEmpty()) {
                a.setPersonal(name, UTF_8);
            }
            return a;
        } catch (AddressException | UnsupportedEncodingException e) {
            throw invalid("fromAddress", "địa chỉ gửi không hợp lệ '" + address + "'", "invalid from address");
        }
    }

    private static IllegalArgumentException invalid(String key, String vi, String en) {
        return new IllegalArgumentException("Cấu hình vn.motcua.connectors.email sai ở '" + key + "': " + vi + " (" + en
            + ")");
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
