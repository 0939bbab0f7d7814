package vn.motcua.platform.api.messaging;

/** A short message to a person: a one-time code now, notifications later. Texts are Vietnamese first. */
public record OutboundMessage(Channel channel, String to, String subject, String text) {
    public enum Channel { EMAIL, SMS }
}
