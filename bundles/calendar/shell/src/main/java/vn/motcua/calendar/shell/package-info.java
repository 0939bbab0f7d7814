/** Karaf commands {@code motcua:calendar-year}, {@code motcua:calendar-year-set}, {@code motcua:due-date}, {@code motcua:working-time}. */
package vn.motcua.calendar.shell;
