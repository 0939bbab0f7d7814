/**
 * Lịch làm việc và thời hạn giải quyết — the working-day calendar and deadline engine, as a pure library: a
 * Vietnamese lunar calendar, the Labour Code's public holidays, per-year calendars compiled into working-time
 * indexes, and the deadline rules of seed 000 Art 16 (receipt time, due date, remaining and elapsed working time,
 * early / on time / late, warnings, clock stops and the one-time extension). No database, no services, no I/O inside
 * a computation; every type is immutable and thread-safe.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package vn.motcua.calendar.engine;
