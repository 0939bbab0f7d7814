package vn.motcua.platform.rest;

import org.apache.cxf.message.Message;
import org.apache.cxf.transport.Conduit;
import org.apache.cxf.transport.Destination;
import org.apache.cxf.transport.MessageObserver;
import org.apache.cxf.ws.addressing.EndpointReferenceType;

/**
 * Stands in for the HTTP destination of a replaced server while that server is destroyed, so that destroying it does
 * not take the shared destination (and the new server's observer) with it. Receives nothing.
 */
final class DetachedDestination implements Destination {
    private final EndpointReferenceType address;
    private MessageObserver observer;

    DetachedDestination(EndpointReferenceType address) {
        this.address = address;
    }

    @Override
    public EndpointReferenceType getAddress() {
        return address;
    }

    @Override
    public Conduit getBackChannel(Message inMessage) {
        return null;
    }

    @Override
    public void shutdown() {
        observer = null;
    }

    @Override
    public void setMessageObserver(MessageObserver observer) {
        this.observer = observer;
    }

    @Override
    public MessageObserver getMessageObserver() {
        return observer;
    }
}
