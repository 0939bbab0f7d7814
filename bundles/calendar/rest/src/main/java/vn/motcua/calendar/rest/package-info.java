/** {@code /calendar}: due dates, working time and the province calendars over HTTP (private package). */
package vn.motcua.calendar.rest;
