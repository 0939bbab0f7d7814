/**
 * Karaf console commands ({@code motcua:*}) for operators: look up and maintain the procedure catalogue, import and
 * export it, and check the system's health. Thin front ends over the catalogue and health services; private package.
 */
package vn.motcua.catalogue.shell;
