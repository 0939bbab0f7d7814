package vn.motcua.dossier.impl;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import vn.motcua.catalogue.api.Agency;
import vn.motcua.catalogue.api.AgencyService;
import vn.motcua.documents.api.Applicant;
import vn.motcua.documents.api.ComponentForm;
import vn.motcua.documents.api.DossierDocuments;
import vn.motcua.documents.api.DossierFacts;
import vn.motcua.documents.api.Issuer;
import vn.motcua.documents.api.LegalRegime;
import vn.motcua.documents.api.MissingItem;
import vn.motcua.documents.api.ReceiptData;
import vn.motcua.documents.api.ReceivedComponent;
import vn.motcua.documents.api.RefusalData;
import vn.motcua.documents.api.SupplementRequestData;
import vn.motcua.dossier.api.Notice;
import vn.motcua.dossier.api.NoticeFile;
import vn.motcua.dossier.impl.entity.DossierEntity;
import vn.motcua.dossier.impl.entity.NoticeEntity;
import vn.motcua.platform.api.error.NotFoundException;

/**
 * Renders an issued notice as PDF: the frozen content ({@link Notices.Content}) plus the issuing agency as the
 * catalogue names it (an agency renamed later prints its new name; its code stays), the counter and place of the configuration, and the lookup link of the QR
 * code. The forms are those of the rules in force when the dossier was first received (or submitted, for a notice
 * issued before any receipt).
 */
final class NoticeRenderer {
    private static final List<String> PLACE_PREFIXES = List.of("ủy ban nhân dân ", "uỷ ban nhân dân ", "ubnd ");
    private static final List<String> PLACE_KINDS = List.of("tỉnh ", "thành phố ");

    private final DossierDocuments documents;
    private final AgencyService agencies;
    private final DossierConfig config;

    NoticeRenderer(DossierDocuments documents, AgencyService agencies, DossierConfig config) {
        this.documents = documents;
        this.agencies = agencies;
        this.config = config;
    }

    NoticeFile render(DossierEntity d, NoticeEntity n) {
        Notices.Content c = Notices.content(n);
        Notice notice = Notices.toDto(n, d.getCode());
        LegalRegime regime = regime(d, n);
        DossierFacts facts = new DossierFacts(regime, issuer(d.getAgencyCode(), regime),
            d.getCode(), new Applicant(c.applicantName(), c.applicantAddress(), c.applicantPhone(),
            c.applicantEmail()), d.getProcedureName(), d.getProcedureCode(), lookupUrl(d.getCode()));
        LocalDateTime at = LocalDateTime.parse(c.issuedAt());
        byte[] pdf = switch (notice.kind()) {
            case RECEIPT -> documents.receipt(new ReceiptData(facts, c.issuedByName(), c.components().stream()
                .map(x -> new ReceivedComponent(x.name(), ComponentForm.valueOf(x.form()), x.quantity(), null))
                .toList(), 1, c.statutoryTime(), LocalDateTime.parse(c.receivedAt()),
                LocalDateTime.parse(c.appointment()), c.resultDelivery(), null, null,
                c.supplementCount() == null ? 0 : c.supplementCount()));
            case SUPPLEMENT_REQUEST -> documents.supplementRequest(new SupplementRequestData(facts,
                c.items().stream().map(i -> new MissingItem(i.component(), i.reason())).toList(), at,
                c.issuedByName(), phone(d.getAgencyCode()), c.deadline() == null ? null
                : LocalDateTime.parse(c.deadline()), c.note()));
            case REFUSAL -> documents.refusal(new RefusalData(facts, c.reason(), null, at, c.issuedByName()));
        };
        return new NoticeFile(notice, pdf, sha256(pdf));
    }

    private static LegalRegime regime(DossierEntity d, NoticeEntity n) {
        LocalDateTime first = Dossiers.local(d.getFirstReceivedAt());
        if (first != null) {
            return LegalRegime.forReceipt(first.toLocalDate());
        }
        if (d.getSubmittedAt() != null) {
            return LegalRegime.forReceipt(d.getSubmittedAt().toInstant());
        }
        return LegalRegime.forReceipt(n.getIssuedAt().toLocalDateTime().toLocalDate());
    }

    private Issuer issuer(String agencyCode, LegalRegime regime) {
        Agency agency = agency(agencyCode);
        String name = agency == null ? agencyCode : agency.nameVi();
        Agency parent = agency == null || agency.parentCode() == null ? null : agency(agency.parentCode());
        String counter = blank(config.noticeCounterName()) ? regime.oneStopUnit() + " – " + name
            : config.noticeCounterName().strip();
        String place = blank(config.noticePlaceName()) ? placeOf(agency) : config.noticePlaceName().strip();
        return new Issuer(parent == null ? null : parent.nameVi(), name, agencyCode, counter, place);
    }

    /** The province's name from the root of the agency tree ("Ủy ban nhân dân tỉnh Bắc Giang" → "Bắc Giang"). */
    private String placeOf(Agency agency) {
        Agency root = agency;
        for (int depth = 0; root != null && root.parentCode() != null && depth < 10; depth++) {
            Agency up = agency(root.parentCode());
            if (up == null) {
                break;
            }
            root = up;
        }
        if (root == null) {
            return "Việt Nam";
        }
        String name = root.nameVi().strip();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String prefix : PLACE_PREFIXES) {
            if (lower.startsWith(prefix)) {
                name = name.substring(prefix.length());
                lower = lower.substring(prefix.length());
                break;
            }
        }
        for (String kind : PLACE_KINDS) {
            if (lower.startsWith(kind)) {
                return name.substring(kind.length());
            }
        }
        return name;
    }

    private String phone(String agencyCode) {
        Agency agency = agency(agencyCode);
        return agency == null ? null : agency.phone();
    }

    private Agency agency(String code) {
        try {
            return agencies.get(code);
        } catch (NotFoundException e) {
            return null;
        }
    }

    private String lookupUrl(String code) {
        String template = blank(config.lookupUrlTemplate()) ? "http://localhost:8181/api/v1/lookup/{code}"
            : config.lookupUrlTemplate().strip();
        return template.replace("{code}", code);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
