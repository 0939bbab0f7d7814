package vn.motcua.connectors.email;

import vn.motcua.testing.TypedConfig;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.mail.Session;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import org.junit.After;
import org.junit.Test;

import vn.motcua.platform.api.messaging.MessageDeliveryException;
import vn.motcua.platform.api.messaging.OutboundMessage;
import vn.motcua.platform.api.messaging.OutboundMessage.Channel;

/** The connector against a real SMTP server (GreenMail) on a free loopback port. */
public class SmtpMessageSenderTest {
    private static final String SUBJECT =
        "Mã xác minh tài khoản – Cổng dịch vụ công tỉnh Thừa Thiên Huế (đăng ký lần đầu)";
    private static final String CODE = "482913";
    private static final String BODY = "Kính gửi ông/bà Nguyễn Thị Ánh Tuyết,\n\nMã xác minh của quý vị là " + CODE
        + ". Mã có hiệu lực trong 10 phút.\nVui lòng không chia sẻ mã này cho bất kỳ ai.\n\nTrân trọng,\n"
        + "Ủy ban nhân dân tỉnh";

    private final List<AutoCloseable> cleanup = new ArrayList<>();

    @After
    public void tearDown() throws Exception {
        for (int i = cleanup.size() - 1; i >= 0; i--) {
            cleanup.get(i).close();
        }
    }

    @Test
    public void vietnameseSubjectBodyAndSenderNameArriveIntact() throws Exception {
        TestSmtpServer server = server(TestSmtpServer.plain());
        SmtpMessageSender sender = sender(config(server, Map.of()));

        sender.send(email("nguyen.thi.anh.tuyet@example.vn", SUBJECT, BODY));

        MimeMessage m = only(server.awaitMessages(1));
        assertEquals(SUBJECT, m.getSubject());
        assertEquals(BODY, text(m));
        assertTrue(m.getContentType(), m.getContentType().toLowerCase(Locale.ROOT).contains("charset=utf-8"));
        InternetAddress from = (InternetAddress) m.getFrom()[0];
        assertEquals("no-reply@motcua.test", from.getAddress());
        assertEquals("Hệ thống một cửa điện tử", from.getPersonal());
        assertEquals("nguyen.thi.anh.tuyet@example.vn", ((InternetAddress) m.getAllRecipients()[0]).getAddress());
        // headers travel as RFC 2047 encoded words: pure ASCII on the wire
        String rawSubject = m.getHeader("Subject")[0];
        assertTrue(rawSubject, rawSubject.startsWith("=?UTF-8?"));
        assertTrue(rawSubject, rawSubject.chars().allMatch(c -> c < 128));
        assertTrue(m.getHeader("From")[0].chars().allMatch(c -> c < 128));
        assertNotNull(m.getMessageID());
    }

    @Test
    public void authenticatesWithTheConfiguredAccount() {
        TestSmtpServer server = server(TestSmtpServer.plain());
        sender(config(server, Map.of())).send(email("a@example.vn", "Xin chào", "Nội dung"));

        server.awaitMessages(1);
        assertEquals(List.of(TestSmtpServer.LOGIN), server.authenticatedLogins);
    }

    @Test
    public void serverRequiringAuthenticationRefusesAnAnonymousSender() {
        TestSmtpServer server = server(TestSmtpServer.plain());
        SmtpMessageSender sender = sender(config(server, Map.of("username", "", ".password", "")));

        MessageDeliveryException e = assertThrows(MessageDeliveryException.class,
            () -> sender.send(email("a@example.vn", "Xin chào", "Nội dung")));

        assertTrue(e.getMessage(), e.getMessage().contains("530"));
        assertEquals(0, server.received().length);
    }

    @Test
    public void wrongPasswordIsAnAuthenticationFailure() {
        TestSmtpServer server = server(TestSmtpServer.plain());
        SmtpMessageSender sender = sender(config(server, Map.of(".password", "mat-khau-sai")));

        MessageDeliveryException e = assertThrows(MessageDeliveryException.class,
            () -> sender.send(email("a@example.vn", SUBJECT, BODY)));

        assertTrue(e.getMessage(), e.getMessage().startsWith("Máy chủ SMTP 127.0.0.1:" + server.port()
            + " từ chối đăng nhập của tài khoản 'motcua' (SMTP authentication failed)"));
        assertTrue(e.getMessage(), e.getMessage().contains("535"));
        assertFalse("no password in the message", e.getMessage().contains("mat-khau-sai"));
        assertEquals(0, server.received().length);
    }

    @Test
    public void refusedRecipientIsNamed() {
        TestSmtpServer server = server(TestSmtpServer.plain());
        SmtpMessageSender sender = sender(config(server, Map.of()));

        MessageDeliveryException e = assertThrows(MessageDeliveryException.class,
            () -> sender.send(email("khong.ton.tai@" + TestSmtpServer.REFUSED_DOMAIN, SUBJECT, BODY)));

        assertTrue(e.getMessage(), e.getMessage().contains("từ chối người nhận khong.ton.tai@refused.test"));
        assertTrue(e.getMessage(), e.getMessage().contains("550 5.1.1"));
    }

    @Test
    public void serverDownFailsWithinTheConnectionTimeout() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        SmtpMessageSender sender = sender(config(port, Map.of("connectionTimeout", 2000, "readTimeout", 2000)));

        long start = System.nanoTime();
        MessageDeliveryException e = assertThrows(MessageDeliveryException.class,
            () -> sender.send(email("a@example.vn", SUBJECT, BODY)));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertTrue(e.getMessage(), e.getMessage().startsWith("Không kết nối được máy chủ SMTP 127.0.0.1:" + port));
        assertTrue("took " + millis + " ms", millis < 2000 + 1500);
    }

    @Test
    public void silentServerFailsWithinTheReadTimeout() throws Exception {
        ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        List<Socket> accepted = new CopyOnWriteArrayList<>();
        Thread acceptor = new Thread(() -> {
            try {
                while (!silent.isClosed()) {
                    accepted.add(silent.accept()); // accepts and never greets
                }
            } catch (IOException closed) {
                // test over
            }
        }, "silent-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
        cleanup.add(() -> {
            silent.close();
            for (Socket s : accepted) {
                s.close();
            }
        });
        SmtpMessageSender sender = sender(config(silent.getLocalPort(), Map.of("connectionTimeout", 1000,
            "readTimeout", 800)));

        long start = System.nanoTime();
        MessageDeliveryException e = assertThrows(MessageDeliveryException.class,
            () -> sender.send(email("a@example.vn", SUBJECT, BODY)));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertTrue(e.getMessage(), e.getMessage().contains("không trả lời trong thời gian chờ"));
        assertTrue("took " + millis + " ms", millis < 800 + 1500);
    }

    @Test
    public void requiredStartTlsIsNotSilentlyDropped() {
        TestSmtpServer server = server(TestSmtpServer.plain()); // GreenMail's SMTP offers no STARTTLS
        SmtpMessageSender sender = sender(config(server, Map.of("starttls", "REQUIRED")));

        MessageDeliveryException e = assertThrows(MessageDeliveryException.class,
            () -> sender.send(email("a@example.vn", SUBJECT, BODY)));

        assertTrue(e.getMessage(), e.getMessage().contains("STARTTLS"));
        assertEquals(0, server.received().length);
    }

    @Test
    public void smtpsWithTrustedSelfSignedCertificate() throws Exception {
        TestSmtpServer server = server(TestSmtpServer.smtps());
        SmtpMessageSender sender = sender(config(server, Map.of("ssl", true, "sslTrust", "127.0.0.1")));

        sender.send(email("a@example.vn", SUBJECT, BODY));

        assertEquals(SUBJECT, only(server.awaitMessages(1)).getSubject());
        assertEquals(List.of(TestSmtpServer.LOGIN), server.authenticatedLogins);
    }

    @Test
    public void smtpsWithUnverifiableCertificateIsRefused() {
        TestSmtpServer server = server(TestSmtpServer.smtps());
        SmtpMessageSender sender = sender(config(server, Map.of("ssl", true)));

        MessageDeliveryException e = assertThrows(MessageDeliveryException.class,
            () -> sender.send(email("a@example.vn", SUBJECT, BODY)));

        assertTrue(e.getMessage(), e.getMessage().startsWith("Không thiết lập được kết nối TLS"));
        assertEquals(0, server.received().length);
    }

    @Test
    public void reconfigurationAppliesToTheNextMessage() throws Exception {
        TestSmtpServer first = server(TestSmtpServer.plain());
        TestSmtpServer second = server(TestSmtpServer.plain());
        SmtpMessageSender sender = sender(config(first, Map.of()));
        sender.send(email("a@example.vn", "Thư thứ nhất", BODY));

        sender.configure(config(second, Map.of("fromAddress", "motcua@hue.gov.vn",
            "fromName", "UBND tỉnh Thừa Thiên Huế")));
        sender.send(email("a@example.vn", "Thư thứ hai", BODY));

        assertEquals("Thư thứ nhất", only(first.awaitMessages(1)).getSubject());
        MimeMessage m = only(second.awaitMessages(1));
        assertEquals("Thư thứ hai", m.getSubject());
        InternetAddress from = (InternetAddress) m.getFrom()[0];
        assertEquals("motcua@hue.gov.vn", from.getAddress());
        assertEquals("UBND tỉnh Thừa Thiên Huế", from.getPersonal());
        assertEquals(1, first.received().length);
    }

    @Test
    public void invalidReconfigurationKeepsThePreviousSettings() throws Exception {
        TestSmtpServer server = server(TestSmtpServer.plain());
        SmtpMessageSender sender = sender(config(server, Map.of()));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> sender.configure(config(server, Map.of("fromAddress", "không phải địa chỉ"))));
        assertTrue(e.getMessage(), e.getMessage().contains("'fromAddress'"));
        assertThrows(IllegalArgumentException.class, () -> sender.configure(config(server, Map.of(".password", ""))));

        sender.send(email("a@example.vn", SUBJECT, BODY));
        assertEquals(SUBJECT, only(server.awaitMessages(1)).getSubject());
    }

    @Test
    public void invalidRecipientFailsBeforeConnecting() {
        SmtpMessageSender sender = sender(config(1, Map.of()));

        for (String to : new String[] {"", "không có a còng", "a@b@c", null}) {
            MessageDeliveryException e = assertThrows(MessageDeliveryException.class,
                () -> sender.send(email(to, SUBJECT, BODY)));
            assertTrue(e.getMessage(), e.getMessage().startsWith("Địa chỉ email người nhận không hợp lệ"));
        }
    }

    @Test
    public void javaxMailRunsUnderItsOwnClassLoaderNotTheCallers() throws Exception {
        TestSmtpServer server = server(TestSmtpServer.plain());
        List<ClassLoader> duringTransport = new CopyOnWriteArrayList<>();
        SmtpMessageSender sender = new SmtpMessageSender() {
            @Override
            String transmit(SmtpSettings s, InternetAddress to, OutboundMessage message) {
                duringTransport.add(Thread.currentThread().getContextClassLoader());
                return super.transmit(s, to, message);
            }
        };
        RecordingLoader foreign = new RecordingLoader();
        // Control: javax.mail really consults the context class loader (provider lookup)
        withContextLoader(foreign, () -> Session.getInstance(new Properties()));
        assertFalse("javax.mail consults the TCCL", foreign.mailLookups().isEmpty());
        foreign.clear();

        withContextLoader(foreign, () -> {
            sender.configure(config(server, Map.of()));
            sender.send(email("a@example.vn", SUBJECT, BODY));
            assertSame("caller's TCCL restored after success", foreign, Thread.currentThread().getContextClassLoader());
            assertThrows(MessageDeliveryException.class,
                () -> sender.send(email("x@" + TestSmtpServer.REFUSED_DOMAIN, SUBJECT, BODY)));
            assertSame("caller's TCCL restored after failure", foreign, Thread.currentThread().getContextClassLoader());
            return null;
        });

        assertEquals(2, duringTransport.size());
        for (ClassLoader l : duringTransport) {
            assertSame(SmtpMessageSender.MAIL_LOADER, l);
        }
        assertEquals("the caller's loader was never asked for mail resources or classes", List.of(),
            foreign.mailLookups());
        assertEquals(BODY, text(only(server.awaitMessages(1))));
    }

    @Test
    public void logsNeitherSubjectNorBody() throws Exception {
        TestSmtpServer server = server(TestSmtpServer.plain());
        SmtpMessageSender sender = sender(config(server, Map.of()));
        PrintStream original = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            sender.send(email("nguyen.thi.anh.tuyet@example.vn", "Mã " + CODE, BODY));
            assertThrows(MessageDeliveryException.class,
                () -> sender.send(email("tran.van.binh@" + TestSmtpServer.REFUSED_DOMAIN, "Mã " + CODE, BODY)));
        } finally {
            System.setErr(original);
        }
        String logged = log.toString(StandardCharsets.UTF_8);
        assertTrue(logged, logged.contains("Email sent to n***@example.vn"));
        assertTrue(logged, logged.contains("Email to t***@refused.test not sent"));
        assertFalse(logged, logged.contains(CODE));
        assertFalse(logged, logged.contains("Kính gửi"));
        assertFalse(logged, logged.contains("nguyen.thi.anh.tuyet"));
        assertFalse(logged, logged.contains("tran.van.binh"));
    }

    @Test
    public void channelAndMasking() {
        assertEquals(Channel.EMAIL, new SmtpMessageSender().channel());
        assertEquals("n***@example.vn", SmtpMessageSender.mask("nguyen@example.vn"));
        assertEquals("***", SmtpMessageSender.mask("@x"));
        SmtpMessageSender inactive = new SmtpMessageSender();
        assertThrows(MessageDeliveryException.class, () -> inactive.send(email("a@example.vn", "x", "y")));
        assertThrows(IllegalArgumentException.class,
            () -> inactive.send(new OutboundMessage(Channel.SMS, "0912345678", null, "x")));
    }

    // --- helpers

    private TestSmtpServer server(TestSmtpServer server) {
        cleanup.add(server);
        return server;
    }

    private static SmtpMessageSender sender(SmtpConfig config) {
        SmtpMessageSender sender = new SmtpMessageSender();
        sender.configure(config);
        return sender;
    }

    private static SmtpConfig config(TestSmtpServer server, Map<String, ?> overrides) {
        return config(server.port(), overrides);
    }

    private static SmtpConfig config(int port, Map<String, ?> overrides) {
        Map<String, Object> c = new HashMap<>();
        c.put("host", "127.0.0.1");
        c.put("port", port);
        c.put("username", TestSmtpServer.LOGIN);
        c.put(".password", TestSmtpServer.PASSWORD);
        c.put("fromAddress", "no-reply@motcua.test");
        c.put("starttls", "NONE");
        c.put("connectionTimeout", 5000);
        c.put("readTimeout", 5000);
        c.putAll(overrides);
        return TypedConfig.of(SmtpConfig.class, c);
    }

    private static OutboundMessage email(String to, String subject, String text) {
        return new OutboundMessage(Channel.EMAIL, to, subject, text);
    }

    private static MimeMessage only(MimeMessage[] messages) {
        assertEquals(1, messages.length);
        return messages[0];
    }

    private static String text(MimeMessage m) throws Exception {
        Object content = m.getContent();
        if (!(content instanceof String s)) {
            fail("text/plain expected, got " + m.getContentType());
            return null;
        }
        return s.replace("\r\n", "\n");
    }

    interface Work<T> {
        T run() throws Exception;
    }

    private static <T> T withContextLoader(ClassLoader loader, Work<T> work) throws Exception {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(loader);
        try {
            return work.run();
        } finally {
            t.setContextClassLoader(previous);
        }
    }

    /** Stands for another bundle's loader left as TCCL by the caller; records what javax.mail asks of it. */
    private static final class RecordingLoader extends ClassLoader {
        private final List<String> lookups = new CopyOnWriteArrayList<>();

        RecordingLoader() {
            super(RecordingLoader.class.getClassLoader());
        }

        List<String> mailLookups() {
            return lookups.stream().filter(n -> n.contains("mail") || n.contains("activation") || n.contains("mime"))
                .toList();
        }

        void clear() {
            lookups.clear();
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            lookups.add(name);
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            lookups.add(name);
            return super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            lookups.add(name);
            return super.getResources(name);
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            lookups.add(name);
            return super.getResourceAsStream(name);
        }
    }
}
