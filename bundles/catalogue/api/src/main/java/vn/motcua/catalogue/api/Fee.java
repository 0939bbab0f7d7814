package vn.motcua.catalogue.api;

import vn.motcua.catalogue.api.Enums.FeeKind;

/** Phí / lệ phí: a fixed amount in VND, or a rule when the amount depends on the case (or both). */
public record Fee(FeeKind kind, String name, Long amount, String rule) {
}
