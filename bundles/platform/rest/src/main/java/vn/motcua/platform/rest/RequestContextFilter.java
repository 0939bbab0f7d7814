package vn.motcua.platform.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Gives every request an id (the client's {@code X-Request-Id} if it is sane, else a new one) that appears in every log
 * line written while serving it and in the response; writes one access-log line per request; caps the body size.
 */
@PreMatching
public class RequestContextFilter implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Logger ACCESS = LoggerFactory.getLogger("vn.motcua.access");
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String START = "motcua.start";

    private final long maxRequestBytes;

    public RequestContextFilter(long maxRequestBytes) {
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String id = request.getHeaderString(HEADER);
        if (id == null || !SANE_ID.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
        }
        MDC.put(MDC_KEY, id);
        // pooled threads: never let a previous request's caller leak into this one
        vn.motcua.platform.api.security.CallerContext.clear();
        request.setProperty(MDC_KEY, id);
        request.setProperty(START, System.nanoTime());
        long declared = request.getLength();
        if (declared > maxRequestBytes) {
            throw tooLarge();
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), maxRequestBytes));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(MDC_KEY);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id.toString());
        }
        Object start = request.getProperty(START);
        long micros = start instanceof Long l ? (System.nanoTime() - l) / 1000 : -1;
        ACCESS.info("{} {} {} {}us", request.getMethod(), request.getUriInfo().getRequestUri().getRawPath(),
            response.getStatus(), micros);
        MDC.remove(MDC_KEY);
    }

    private WebApplicationException tooLarge() {
        String msg = "Nội dung vượt quá " + maxRequestBytes + " byte / body exceeds " + maxRequestBytes + " bytes";
        return new WebApplicationException(msg, Response.status(413).build());
    }

    /** Fails the read as soon as the client sends more than allowed, whatever Content-Length said. */
    private final class LimitedInputStream extends FilterInputStream {
        private long remaining;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --remaining < 0) {
                throw tooLarge();
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                remaining -= n;
                if (remaining < 0) {
                    throw tooLarge();
                }
            }
            return n;
        }
    }
}
