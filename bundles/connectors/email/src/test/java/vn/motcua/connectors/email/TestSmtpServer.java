package vn.motcua.connectors.email;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.mail.internet.MimeMessage;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.smtp.auth.UsernameAuthentication;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real GreenMail SMTP(S) server on a free loopback port, made as strict as a provider's submission server:
 * MAIL FROM without a successful AUTH is answered {@code 530}, wrong credentials {@code 535} (GreenMail itself), and
 * recipients at {@code @refused.test} {@code 550}. It records the login that authenticated each delivered message.
 */
final class TestSmtpServer implements AutoCloseable {
    static final String LOGIN = "motcua";
    static final String PASSWORD = "S3cret:pass-2025";
    static final String REFUSED_DOMAIN = "refused.test";

    private final GreenMail greenMail;
    private final boolean secure;
    final List<String> authenticatedLogins = new CopyOnWriteArrayList<>();

    private TestSmtpServer(boolean secure) {
        this.secure = secure;
        String protocol = secure ? ServerSetup.PROTOCOL_SMTPS : ServerSetup.PROTOCOL_SMTP;
        ServerSetup setup = new ServerSetup(0, "127.0.0.1", protocol);
        // the TLS listener takes seconds to come up on a loaded 2-core machine; GreenMail's default wait is 2 s
        setup.setServerStartupTimeout(30_000);
        greenMail = new StrictGreenMail(setup);
        greenMail.withConfiguration(GreenMailConfiguration.aConfig().withUser("motcua@sender.test", LOGIN, PASSWORD));
        greenMail.start();
        MessageDeliveryHandler delivery = greenMail.getUserManager().getMessageDeliveryHandler();
        greenMail.getUserManager().setMessageDeliveryHandler((message, recipient) -> {
            if (message.getAuthenticationState() instanceof UsernameAuthentication u) {
                authenticatedLogins.add(u.getUsername());
            }
            return delivery.handle(message, recipient);
        });
    }

    static TestSmtpServer plain() {
        return new TestSmtpServer(false);
    }

    static TestSmtpServer smtps() {
        return new TestSmtpServer(true);
    }

    int port() {
        return secure ? greenMail.getSmtps().getPort() : greenMail.getSmtp().getPort();
    }

    /** Waits (bounded) for {@code count} messages in total and returns all received. */
    MimeMessage[] awaitMessages(int count) {
        greenMail.waitForIncomingEmail(10_000, count);
        return greenMail.getReceivedMessages();
    }

    MimeMessage[] received() {
        return greenMail.getReceivedMessages();
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    private static final class StrictGreenMail extends GreenMail {
        StrictGreenMail(ServerSetup setup) {
            super(setup);
            managers = new StrictManagers(); // start() builds its services on this field
        }
    }

    private static final class StrictManagers extends Managers {
        private final SmtpManager smtp = new SmtpManager(getImapHostManager(), getUserManager()) {
            @Override
            public String checkSender(SmtpState state, MailAddress sender) {
                return state.getMessage().getAuthenticationState() == null ? "530 5.7.0 Authentication required" : null;
            }

            @Override
            public String checkRecipient(SmtpState state, MailAddress recipient) {
                return recipient.getEmail().endsWith("@" + REFUSED_DOMAIN)
                    ? "550 5.1.1 <" + recipient.getEmail() + ">: Recipient address rejected: User unknown"
                    : null;
            }
        };

        @Override
        public SmtpManager getSmtpManager() {
            return smtp;
        }
    }
}
