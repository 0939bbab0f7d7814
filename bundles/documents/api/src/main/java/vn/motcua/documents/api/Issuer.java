package vn.motcua.documents.api;

/**
 * Who issues a notice: the header of the form and the date line.
 *
 * @param parentAgencyName the governing body (tên cơ quan chủ quản), e.g. "Ủy ban nhân dân tỉnh Bắc Giang"; optional
 *                         (a provincial People's Committee itself has none)
 * @param agencyName       the agency that handles the dossier (tên cơ quan), e.g. "Sở Xây dựng"; printed in capitals
 * @param agencyCode       its code under QCVN 102 (e.g. {@code 000.00.06.H56}); optional, kept in the PDF metadata
 * @param counterName      the one-stop counter that receives and returns (e.g. "Trung tâm Phục vụ hành chính công tỉnh
 *                         Bắc Giang, quầy số 3")
 * @param placeName        the place in the date line (địa danh), e.g. "Bắc Giang"
 */
public record Issuer(String parentAgencyName, String agencyName, String agencyCode, String counterName,
                     String placeName) {
}
