package vn.motcua.calendar.rest;

import vn.motcua.calendar.engine.ClockKind;

/**
 * Body of {@code POST /calendar/due-date}.
 *
 * @param province   QCVN 102 province code (H06); empty = the installation's default province
 * @param receivedAt receipt time, ISO-8601 local date-time of Asia/Ho_Chi_Minh ({@code 2026-02-13T10:00}); a time
 *                   with an offset ({@code 2026-02-13T03:00Z}) is converted to Vietnam time
 * @param clock      PROCESSING (default: processing time of a received dossier, cut-off applies) or ACCEPTANCE (the
 *                   8-working-hour window for accepting an online dossier, no cut-off)
 */
public record DueDateRequest(String province, String receivedAt, DurationInput duration, ClockKind clock) {
}
