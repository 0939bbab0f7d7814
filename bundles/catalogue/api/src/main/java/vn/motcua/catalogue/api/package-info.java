/**
 * Danh mục thủ tục hành chính — the procedure catalogue: agency tree, sectors, versioned procedures and internal
 * process definitions. DTOs and services only; entities stay inside the implementation bundle.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package vn.motcua.catalogue.api;
