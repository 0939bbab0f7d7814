/**
 * The province calendar service: each province's (tenant's) working calendar as stored and edited by its provincial
 * operator, supplied to the intake, processing and reporting bundles as a {@link vn.motcua.calendar.engine.ProvinceCalendar}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package vn.motcua.calendar.api;
