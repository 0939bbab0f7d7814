/** The province calendar service over the database (private). */
package vn.motcua.calendar.impl;
