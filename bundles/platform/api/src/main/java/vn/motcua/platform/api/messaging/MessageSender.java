package vn.motcua.platform.api.messaging;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Delivers messages on one channel (whiteboard service with property {@code motcua.channel=EMAIL|SMS}). Connector
 * bundles provide it (SMTP, SMS gateway); they can be installed, replaced or removed at run time.
 */
@ConsumerType
public interface MessageSender {
    String CHANNEL_PROPERTY = "motcua.channel";

    OutboundMessage.Channel channel();

    /**
     * @throws MessageDeliveryException when the gateway refuses or cannot be reached (the caller decides whether the
     *         failure is fatal; nothing is retried silently)
     */
    void send(OutboundMessage message);
}
