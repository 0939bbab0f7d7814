package vn.motcua.dossier.api;

/** A notice rendered as PDF, with the SHA-256 of its bytes (the same bytes at every download). */
public record NoticeFile(Notice notice, byte[] pdf, String sha256) {
}
