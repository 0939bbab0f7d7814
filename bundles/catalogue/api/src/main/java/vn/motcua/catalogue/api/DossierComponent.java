package vn.motcua.catalogue.api;

import vn.motcua.catalogue.api.Enums.ComponentForm;

/** Thành phần hồ sơ: a required document. */
public record DossierComponent(String name, Integer quantity, ComponentForm form, Boolean mustDigitize, String note) {
}
