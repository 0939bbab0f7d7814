package vn.motcua.platform.api.messaging;

/** The message could not be handed to its gateway. */
public class MessageDeliveryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MessageDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
