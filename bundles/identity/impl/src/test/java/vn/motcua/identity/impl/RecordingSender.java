package vn.motcua.identity.impl;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.motcua.platform.api.messaging.MessageDeliveryException;
import vn.motcua.platform.api.messaging.MessageSender;
import vn.motcua.platform.api.messaging.OutboundMessage;

/** A connector that keeps what it is asked to send (the real SMTP and SMS connectors are tested in their bundles). */
final class RecordingSender implements MessageSender {
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private final OutboundMessage.Channel channel;
    final List<OutboundMessage> sent = new CopyOnWriteArrayList<>();
    volatile boolean failing;

    RecordingSender(OutboundMessage.Channel channel) {
        this.channel = channel;
    }

    @Override
    public OutboundMessage.Channel channel() {
        return channel;
    }

    @Override
    public void send(OutboundMessage message) {
        if (failing) {
            throw new MessageDeliveryException("gateway down", null);
        }
        sent.add(message);
    }

    OutboundMessage last() {
        if (sent.isEmpty()) {
            throw new AssertionError("nothing was sent by " + channel);
        }
        return sent.get(sent.size() - 1);
    }

    /** The code of the last message. */
    String lastCode() {
        Matcher m = CODE.matcher(last().text());
        if (!m.find()) {
            throw new AssertionError("no code in " + last().text());
        }
        return m.group(1);
    }

    void clear() {
        sent.clear();
        failing = false;
    }
}
