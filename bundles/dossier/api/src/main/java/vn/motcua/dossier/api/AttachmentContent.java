package vn.motcua.dossier.api;

import java.io.InputStream;

/** A file to download; the caller closes {@code content}. */
public record AttachmentContent(Attachment attachment, String mediaType, InputStream content) {
}
