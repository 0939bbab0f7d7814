package vn.motcua.identity.impl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand, shared by every component (and node) of a test. */
final class MutableClock extends Clock {
    static final Instant START = Instant.parse("2025-07-01T01:00:00Z");
    private volatile Instant now = START;

    void reset() {
        now = START;
    }

    void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
