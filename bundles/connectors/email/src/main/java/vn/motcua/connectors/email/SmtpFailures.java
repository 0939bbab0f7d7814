package vn.motcua.connectors.email;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.mail.Address;
import javax.mail.AuthenticationFailedException;
import javax.mail.MessagingException;
import javax.mail.SendFailedException;
import javax.net.ssl.SSLException;

import vn.motcua.platform.api.messaging.MessageDeliveryException;

/**
 * Turns javax.mail exceptions into {@link MessageDeliveryException}s that say, Vietnamese first, what an operator has
 * to fix: the server cannot be reached, TLS failed, the login was refused, a recipient was refused. The server's own
 * reply is kept (it is what the mail administrator will ask for); the message content never appears.
 */
final class SmtpFailures {
    private static final int MAX_DETAIL = 400;

    private SmtpFailures() {
    }

    static MessageDeliveryException authenticationFailed(SmtpSettings s, AuthenticationFailedException e) {
        return new MessageDeliveryException("Máy chủ SMTP " + s.endpoint() + " từ chối đăng nhập của tài khoản '"
            + s.username + "' (SMTP authentication failed): " + detail(e), e);
    }

    static MessageDeliveryException connectFailed(SmtpSettings s, MessagingException e) {
        String what;
        if (has(e, SocketTimeoutException.class)) {
            what = "Máy chủ SMTP " + s.endpoint() + " không trả lời trong thời gian chờ (" + s.connectionTimeout + "/"
                + s.readTimeout + " ms) (SMTP server timed out)";
        } else if (has(e, UnknownHostException.class)) {
            what = "Không tìm thấy máy chủ SMTP " + s.host + " (unknown SMTP host)";
        } else if (has(e, ConnectException.class) || has(e, NoRouteToHostException.class)) {
            what = "Không kết nối được máy chủ SMTP " + s.endpoint() + " (SMTP server unreachable)";
        } else if (has(e, SSLException.class)) {
            what = "Không thiết lập được kết nối TLS với máy chủ SMTP " + s.endpoint() + " (TLS handshake failed)";
        } else {
            what = "Không mở được phiên SMTP với " + s.endpoint() + " (SMTP connection failed)";
        }
        return new MessageDeliveryException(what + ": " + detail(e), e);
    }

    static MessageDeliveryException sendRefused(SmtpSettings s, SendFailedException e) {
        Address[] invalid = e.getInvalidAddresses();
        if (invalid != null && invalid.length > 0) {
            List<String> refused = new ArrayList<>();
            for (Address a : invalid) {
                refused.add(a.toString());
            }
            return new MessageDeliveryException("Máy chủ SMTP " + s.endpoint() + " từ chối người nhận "
                + String.join(", ", refused) + " (recipient refused): " + detail(e), e);
        }
        return sendFailed(s, e);
    }

    static MessageDeliveryException sendFailed(SmtpSettings s, MessagingException e) {
        String what = has(e, SocketTimeoutException.class)
            ? "Máy chủ SMTP " + s.endpoint() + " không trả lời trong " + s.readTimeout
                + " ms khi gửi thư (SMTP timeout)"
            : "Máy chủ SMTP " + s.endpoint() + " không nhận thư (SMTP server refused the message)";
        return new MessageDeliveryException(what + ": " + detail(e), e);
    }

    /** The messages along the chain (javax.mail links replies with getNextException), on one line. */
    static String detail(Throwable e) {
        Set<String> parts = new LinkedHashSet<>();
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = e; t != null && seen.add(t); t = next(t)) {
            String m = t.getMessage();
            if (m != null && !m.isBlank()) {
                parts.add(m.replaceAll("\\s+", " ").trim());
            } else {
                parts.add(t.getClass().getSimpleName());
            }
        }
        String d = String.join("; ", parts);
        return d.length() > MAX_DETAIL ? d.substring(0, MAX_DETAIL) + "…" : d;
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = e; t != null && seen.add(t); t = next(t)) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null) {
            return m.getNextException();
        }
        return t.getCause();
    }
}
