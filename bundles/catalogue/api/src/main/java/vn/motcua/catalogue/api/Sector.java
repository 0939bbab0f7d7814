package vn.motcua.catalogue.api;

/** Lĩnh vực: the field a procedure belongs to. */
public record Sector(String code, String nameVi, String nameEn) {
}
