package vn.motcua.identity.impl;

import vn.motcua.platform.api.error.MotCuaException;
import vn.motcua.platform.api.messaging.OutboundMessage;

/**
 * The one-time code cannot be sent: no connector is installed for the channel ({@code channel-unavailable}) or its
 * gateway refused ({@code delivery-failed}). HTTP 503: the request was fine, the system is missing a part; nothing
 * was stored, so the applicant can simply try again later or choose the other channel.
 */
public class ChannelUnavailableException extends MotCuaException {
    private static final long serialVersionUID = 1L;

    ChannelUnavailableException(String code, String messageVi, String messageEn) {
        super(code, messageVi, messageEn);
    }

    static ChannelUnavailableException noSender(OutboundMessage.Channel channel) {
        return new ChannelUnavailableException("channel-unavailable",
            "Hiện không gửi được mã qua " + label(channel, true) + "; hãy thử lại sau hoặc chọn cách nhận khác",
            "Codes cannot be sent by " + label(channel, false) + " at the moment; try later or choose another channel");
    }

    static ChannelUnavailableException deliveryFailed(OutboundMessage.Channel channel) {
        return new ChannelUnavailableException("delivery-failed",
            "Không gửi được mã qua " + label(channel, true) + "; hãy thử lại sau",
            "The code could not be sent by " + label(channel, false) + "; try again later");
    }

    private static String label(OutboundMessage.Channel channel, boolean vi) {
        return channel == OutboundMessage.Channel.SMS ? "SMS" : vi ? "thư điện tử" : "email";
    }

    @Override
    public int httpStatus() {
        return 503;
    }
}
