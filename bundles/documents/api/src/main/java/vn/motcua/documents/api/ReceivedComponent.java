package vn.motcua.documents.api;

/**
 * One row of the component table of a receipt; rows are numbered in the order given.
 *
 * @param name     the document (tên giấy tờ), as named in the procedure
 * @param form     original, certified copy, photocopy or electronic
 * @param quantity number of copies handed in (at least 1)
 * @param note     optional (ghi chú)
 */
public record ReceivedComponent(String name, ComponentForm form, int quantity, String note) {
}
